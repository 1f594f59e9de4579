package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.REVIEWER;
import static md.itpp.domain.objective.Fixtures.actor;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Role;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Programme;

/** Strategic objectives and their partnership goals, and who may create them. */
class ObjectiveStructureTest {

    @Test
    void aStrategicObjectiveHasNoParent() {
        Objective objective = Fixtures.draft();

        assertEquals(ObjectiveLevel.STRATEGIC_OBJECTIVE, objective.getLevel());
        assertEquals(Optional.empty(), objective.getParent());
        assertEquals(ObjectiveStatus.DRAFT, objective.getStatus());
        assertEquals(AUTHOR.username(), objective.getContentAuthor());
    }

    @Test
    void aGoalHangsUnderAStrategicObjective() {
        Objective parent = Fixtures.draft();

        Objective goal = Objective.goal(AUTHOR, "PG-CYB-1.1", parent, Fixtures.STISC, Fixtures.content());

        assertEquals(ObjectiveLevel.PARTNERSHIP_GOAL, goal.getLevel());
        assertSame(parent, goal.getParent().orElseThrow());
        assertSame(parent.getProgramme(), goal.getProgramme());
        assertSame(parent.getArea(), goal.getArea());
        assertEquals(List.of(goal), parent.getChildren());
        assertThrows(UnsupportedOperationException.class, () -> parent.getChildren().clear());
    }

    @Test
    void aGoalNeedsAParent() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Objective.goal(AUTHOR, "PG-CYB-1.1", null, Fixtures.STISC, Fixtures.content()));

        assertEquals("error.objective.goalNeedsStrategicParent", refused.messageKey());
    }

    @Test
    void aGoalCannotHangUnderAnotherGoal() {
        Objective goal = Objective.goal(AUTHOR, "PG-CYB-1.1", Fixtures.draft(), Fixtures.STISC,
                Fixtures.content());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> Objective.goal(AUTHOR, "PG-CYB-1.1.1", goal, Fixtures.STISC, Fixtures.content()));

        assertEquals("error.objective.goalNeedsStrategicParent", refused.messageKey());
    }

    @Test
    void aGoalCannotHangUnderAWithdrawnObjective() {
        Objective withdrawn = objectiveIn(ObjectiveStatus.WITHDRAWN);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> Objective.goal(AUTHOR, "PG-CYB-1.1", withdrawn, Fixtures.STISC, Fixtures.content()));

        assertEquals("error.objective.parentWithdrawn", refused.messageKey());
    }

    @Test
    void theAreaMustBelongToTheProgramme() {
        Programme other = new Programme("IPAP-2017", "IPAP", "IPAP", 2017, 2020);
        CooperationArea foreign = new CooperationArea(other, "OLD", "Old area", "Domeniu vechi", 1);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> Objective.strategic(AUTHOR, "SO-OLD-1", Fixtures.PROGRAMME, foreign,
                        Fixtures.MAEIE, Fixtures.content()));

        assertEquals("error.objective.areaOutsideProgramme", refused.messageKey());
    }

    @Test
    void onlyNegotiatorsDraft() {
        assertThrows(EditNotAllowedException.class, () -> Fixtures.strategic(REVIEWER));
        assertThrows(EditNotAllowedException.class,
                () -> Fixtures.strategic(actor("it.admin", Role.ADMIN)));
    }

    @Test
    void theCodeIsRequired() {
        assertThrows(ValidationException.class, () -> Objective.strategic(AUTHOR, " ",
                Fixtures.PROGRAMME, Fixtures.CYBER, Fixtures.MAEIE, Fixtures.content()));
        assertThrows(ValidationException.class, () -> Objective.strategic(AUTHOR, "SO CYB 1",
                Fixtures.PROGRAMME, Fixtures.CYBER, Fixtures.MAEIE, Fixtures.content()));
    }
}
