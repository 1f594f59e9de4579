package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.ObjectiveSummary;

/**
 * Backs objectives/list.xhtml. View-scoped because the filter form and the table's page and
 * order live across the page's ajax requests; it keeps only the query and small option lists.
 */
@Named("objectiveList")
@ViewScoped
public class ObjectiveListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table in list.xhtml, whose paging a new search starts over. */
    static final String TABLE_ID = "list:objectives";

    @Inject
    private ObjectiveService service;

    @Inject
    private ReferenceOptions references;

    private final ObjectiveQuery query = new ObjectiveQuery();
    private LazyDataModel<ObjectiveSummary> model;
    private List<ReferenceOption> areas;
    private List<ReferenceOption> institutions;

    @PostConstruct
    void init() {
        model = new ObjectiveSummaryModel(service, query);
        areas = references.areas();
        institutions = references.institutions();
    }

    /** The filters are already bound to the query; only the paging has to start over. */
    public void search() {
        firstPage();
    }

    public void clear() {
        query.clearFilters();
        firstPage();
    }

    private void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public ObjectiveQuery getQuery() {
        return query;
    }

    public LazyDataModel<ObjectiveSummary> getModel() {
        return model;
    }

    public List<ReferenceOption> getAreas() {
        return areas;
    }

    public List<ReferenceOption> getInstitutions() {
        return institutions;
    }

    public ObjectiveStatus[] getStatuses() {
        return ObjectiveStatus.values();
    }

    public ObjectiveLevel[] getLevels() {
        return ObjectiveLevel.values();
    }
}
