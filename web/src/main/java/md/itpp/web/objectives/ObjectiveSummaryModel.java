package md.itpp.web.objectives;

import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.ObjectiveSort;
import md.itpp.persistence.objective.ObjectiveSummary;

/**
 * The objectives table's rows, one page at a time: filtering, sorting and paging all happen
 * in the database. The filters come from the list's query (the form above the table), not
 * from the table's own column filters.
 */
class ObjectiveSummaryModel extends LazyDataModel<ObjectiveSummary> {

    private static final long serialVersionUID = 1L;

    private final ObjectiveService service;
    private final ObjectiveQuery query;

    ObjectiveSummaryModel(ObjectiveService service, ObjectiveQuery query) {
        this.service = service;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(query));
    }

    @Override
    public List<ObjectiveSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
        applySort(sortBy);
        query.setLanguage(currentLanguage());
        return service.find(query, first, pageSize);
    }

    /** Column {@code field}s of list.xhtml; unknown or absent ones sort by code. */
    static ObjectiveSort sortFor(String field) {
        if (field == null) {
            return ObjectiveSort.CODE;
        }
        return switch (field) {
            case "title" -> ObjectiveSort.TITLE;
            case "area" -> ObjectiveSort.AREA;
            case "status" -> ObjectiveSort.STATUS;
            case "updated" -> ObjectiveSort.UPDATED;
            default -> ObjectiveSort.CODE;
        };
    }

    private void applySort(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
        if (sort == null) {
            query.setSort(ObjectiveSort.CODE);
            query.setAscending(true);
        } else {
            query.setSort(sortFor(sort.getField()));
            query.setAscending(sort.getOrder().isAscending());
        }
    }

    /** Titles sort in the language the user reads them in. */
    private static String currentLanguage() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? "en" : context.getViewRoot().getLocale().getLanguage();
    }

    @Override
    public String getRowKey(ObjectiveSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public ObjectiveSummary getRowData(String rowKey) {
        List<ObjectiveSummary> page = getWrappedData();
        return page == null ? null : page.stream()
                .filter(row -> rowKey.equals(String.valueOf(row.id())))
                .findFirst()
                .orElse(null);
    }
}
