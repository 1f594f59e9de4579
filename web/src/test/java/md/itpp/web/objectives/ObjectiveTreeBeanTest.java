package md.itpp.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.OutlineRow;

class ObjectiveTreeBeanTest {

    private static OutlineRow strategic(long id, String code) {
        return new OutlineRow(id, code, ObjectiveLevel.STRATEGIC_OBJECTIVE, code, code, ObjectiveStatus.DRAFT, null);
    }

    private static OutlineRow goal(long id, String code, long parent, ObjectiveStatus status) {
        return new OutlineRow(id, code, ObjectiveLevel.PARTNERSHIP_GOAL, code, code, status, parent);
    }

    @Test
    void eachStrategicObjectiveGroupsTheGoalsAfterIt() {
        List<ObjectiveTreeBean.Group> groups = ObjectiveTreeBean.group(List.of(
                strategic(1, "SO-A"), goal(2, "PG-A.1", 1, ObjectiveStatus.APPROVED),
                goal(3, "PG-A.2", 1, ObjectiveStatus.DRAFT), goal(4, "PG-A.3", 1, ObjectiveStatus.WITHDRAWN),
                strategic(5, "SO-B"),
                // A goal whose strategic objective the reader may not see stands on its own.
                goal(6, "PG-C.1", 9, ObjectiveStatus.DRAFT),
                strategic(7, "SO-D"), goal(8, "PG-D.1", 7, ObjectiveStatus.APPROVED)));

        assertEquals(List.of("SO-A", "SO-B", "PG-C.1", "SO-D"),
                groups.stream().map(g -> g.objective().code()).toList());
        assertEquals(List.of("PG-A.1", "PG-A.2", "PG-A.3"), groups.get(0).goals().stream().map(OutlineRow::code).toList());
        assertEquals(1, groups.get(0).approvedGoals(), "approved counts, withdrawn does not");
        assertTrue(groups.get(1).isStrategic());
        assertTrue(groups.get(1).goals().isEmpty());
        assertFalse(groups.get(2).isStrategic());
        assertEquals(1, groups.get(3).approvedGoals());
    }
}
