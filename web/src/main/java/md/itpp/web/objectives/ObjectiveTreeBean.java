package md.itpp.web.objectives;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.OutlinePage;
import md.itpp.persistence.objective.OutlineRow;
import md.itpp.web.Pager;

/**
 * Backs objectives/tree.xhtml: the programme's shape, each strategic objective with its
 * partnership goals under it, status and progress (goals nationally approved), twenty strategic
 * objectives a page, so the page costs the same at fifty objectives or five thousand. A GET page
 * of plain tables (one row group per strategic objective), read anew on each request: nothing
 * of it is kept between requests.
 */
@Named("objectiveTree")
@RequestScoped
public class ObjectiveTreeBean {

    @Inject
    private ObjectiveService service;

    /**
     * Strategic objectives per page, as many as the list shows objectives. With their goals a page
     * holds three rows per objective at the demo's shape: what the page costs grows with its rows
     * (each row's cells are read and written one by one), and fifty a page (150 rows) cost half
     * as much again as the list's page, where twenty cost less than it.
     */
    static final int PAGE_SIZE = 20;

    private List<Group> groups;
    private Pager pager;

    /** The page shown, from 1 (view parameter {@code page}). */
    private int page = 1;

    /**
     * A strategic objective with the goals under it, and how many of those are nationally
     * approved; or a goal whose strategic objective the reader may not see, on its own.
     */
    public record Group(OutlineRow objective, List<OutlineRow> goals, int approvedGoals) {

        public boolean isStrategic() {
            return objective.parentId() == null;
        }
    }

    public List<Group> getGroups() {
        if (groups == null) {
            build();
        }
        return groups;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Where the outline's strategic objectives stand. */
    public Pager getPager() {
        getGroups();
        return pager;
    }

    private void build() {
        Pager.Read<OutlinePage> read = Pager.read(page, PAGE_SIZE, service::outline, OutlinePage::topLevelCount);
        pager = read.pager();
        page = pager.getPage();
        groups = group(read.rows().rows());
    }

    /** The outline's rows (each strategic objective followed by its goals) as groups. */
    static List<Group> group(List<OutlineRow> rows) {
        List<Group> result = new ArrayList<>();
        OutlineRow parent = null;
        List<OutlineRow> goals = new ArrayList<>();
        for (OutlineRow row : rows) {
            if (parent != null && parent.id().equals(row.parentId())) {
                goals.add(row);
                continue;
            }
            close(parent, goals, result);
            goals = new ArrayList<>();
            parent = row.parentId() == null ? row : null;
            if (parent == null) {
                result.add(new Group(row, List.of(), 0));
            }
        }
        close(parent, goals, result);
        return result;
    }

    private static void close(OutlineRow objective, List<OutlineRow> goals, List<Group> result) {
        if (objective != null) {
            int approved = (int) goals.stream().filter(g -> nationallyApproved(g.status())).count();
            result.add(new Group(objective, List.copyOf(goals), approved));
        }
    }

    static boolean nationallyApproved(ObjectiveStatus status) {
        return status.ordinal() >= ObjectiveStatus.APPROVED.ordinal() && status != ObjectiveStatus.WITHDRAWN;
    }
}
