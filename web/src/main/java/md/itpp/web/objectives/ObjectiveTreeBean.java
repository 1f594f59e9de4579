package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.OutlinePage;
import md.itpp.persistence.objective.OutlineRow;
import md.itpp.web.Pager;

/**
 * Backs objectives/tree.xhtml: the programme's shape, each strategic objective with its
 * partnership goals under it, status and progress (goals nationally approved), fifty strategic
 * objectives a page, so the page costs the same at fifty objectives or five thousand. View
 * scoped: the tree keeps which rows are expanded between ajax requests.
 */
@Named("objectiveTree")
@ViewScoped
public class ObjectiveTreeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObjectiveService service;

    /** Strategic objectives per page; with their goals a page holds a few hundred rows at most. */
    static final int PAGE_SIZE = 50;

    private TreeNode<Node> root;
    private Pager pager;

    /** The page shown, from 1 (view parameter {@code page}). */
    private int page = 1;

    /** What one row shows; {@code goals} and {@code approvedGoals} are 0 for a goal. */
    public record Node(OutlineRow objective, int goals, int approvedGoals) implements Serializable {

        public boolean isStrategic() {
            return objective.parentId() == null;
        }
    }

    public TreeNode<Node> getRoot() {
        if (root == null) {
            build();
        }
        return root;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Where the outline's strategic objectives stand. */
    public Pager getPager() {
        getRoot();
        return pager;
    }

    private void build() {
        Pager.Read<OutlinePage> read = Pager.read(page, PAGE_SIZE, service::outline, OutlinePage::topLevelCount);
        OutlinePage outline = read.rows();
        pager = read.pager();
        page = pager.getPage();
        root = new DefaultTreeNode<>(null, null);
        List<OutlineRow> goals = new ArrayList<>();
        OutlineRow parent = null;
        for (OutlineRow row : outline.rows()) {
            if (parent != null && parent.id().equals(row.parentId())) {
                goals.add(row);
                continue;
            }
            place(parent, goals);
            goals = new ArrayList<>();
            parent = row.parentId() == null ? row : null;
            if (parent == null) {
                // A goal whose strategic objective the reader may not see stands on its own.
                new DefaultTreeNode<>(new Node(row, 0, 0), root);
            }
        }
        place(parent, goals);
    }

    /** Adds a strategic objective and its goals to the tree (nothing when {@code objective} is null). */
    private void place(OutlineRow objective, List<OutlineRow> goals) {
        if (objective == null) {
            return;
        }
        int approved = (int) goals.stream().filter(g -> nationallyApproved(g.status())).count();
        TreeNode<Node> node = new DefaultTreeNode<>(new Node(objective, goals.size(), approved), root);
        node.setExpanded(true);
        for (OutlineRow goal : goals) {
            new DefaultTreeNode<>(new Node(goal, 0, 0), node);
        }
    }

    static boolean nationallyApproved(ObjectiveStatus status) {
        return status.ordinal() >= ObjectiveStatus.APPROVED.ordinal() && status != ObjectiveStatus.WITHDRAWN;
    }
}
