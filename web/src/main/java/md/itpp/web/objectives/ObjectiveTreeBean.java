package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.OutlineRow;

/**
 * Backs objectives/tree.xhtml: the programme's shape, each strategic objective with its
 * partnership goals under it, status and progress (goals nationally approved). View scoped:
 * the tree keeps which rows are expanded between ajax requests.
 */
@Named("objectiveTree")
@ViewScoped
public class ObjectiveTreeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObjectiveService service;

    private TreeNode<Node> root;
    private int rows;

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

    /** Whether the outline stopped at its upper bound (the list then shows the rest). */
    public boolean isTruncated() {
        getRoot();
        return rows >= ObjectiveService.OUTLINE_MAX;
    }

    private void build() {
        List<OutlineRow> outline = service.outline();
        rows = outline.size();
        Map<Long, OutlineRow> strategic = new LinkedHashMap<>();
        Map<Long, List<OutlineRow>> goals = new LinkedHashMap<>();
        for (OutlineRow row : outline) {
            if (row.parentId() == null) {
                strategic.put(row.id(), row);
            } else {
                goals.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        root = new DefaultTreeNode<>(null, null);
        Set<Long> placed = new HashSet<>();
        for (OutlineRow objective : strategic.values()) {
            List<OutlineRow> children = goals.getOrDefault(objective.id(), List.of());
            int approved = (int) children.stream().filter(g -> nationallyApproved(g.status())).count();
            TreeNode<Node> node = new DefaultTreeNode<>(new Node(objective, children.size(), approved), root);
            node.setExpanded(true);
            for (OutlineRow goal : children) {
                new DefaultTreeNode<>(new Node(goal, 0, 0), node);
            }
            placed.add(objective.id());
        }
        // Goals whose strategic objective the reader may not see stand on their own.
        goals.forEach((parentId, children) -> {
            if (!placed.contains(parentId)) {
                children.forEach(goal -> new DefaultTreeNode<>(new Node(goal, 0, 0), root));
            }
        });
    }

    static boolean nationallyApproved(ObjectiveStatus status) {
        return status.ordinal() >= ObjectiveStatus.APPROVED.ordinal() && status != ObjectiveStatus.WITHDRAWN;
    }
}
