package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.actor;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/** An actor with several roles may act when one of them qualifies, and only then. */
class SeveralRolesTest {

    @Test
    void anyQualifyingRoleIsEnough() {
        Actor both = actor("ion.both", Role.NEGOTIATOR, Role.REVIEWER);
        Objective objective = Fixtures.draft();

        objective.openConsultation(both);
        objective.closeConsultation(both);
        objective.submit(AUTHOR, null);

        assertEquals(EnumSet.of(ObjectiveAction.SIGN_OFF, ObjectiveAction.RETURN_FOR_REVISION),
                objective.availableActions(both));
        objective.signOff(both);
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
    }

    @Test
    void reviewerAndApproverMayApproveWhatTheyDidNotSign() {
        Actor both = actor("maria.both", Role.REVIEWER, Role.APPROVER);
        Objective objective = objectiveIn(ObjectiveStatus.REVIEWED);

        assertEquals(EnumSet.of(ObjectiveAction.APPROVE, ObjectiveAction.RETURN_FOR_REVISION),
                objective.availableActions(both));
        objective.approve(both);
        assertEquals(ObjectiveStatus.APPROVED, objective.getStatus());
    }

    @ParameterizedTest
    @EnumSource(ObjectiveStatus.class)
    void administratorsAuditorsAndConsulteesDoNothing(ObjectiveStatus status) {
        Actor observer = actor("obs", Role.ADMIN, Role.AUDITOR, Role.CONSULTEE);
        Objective objective = objectiveIn(status);

        assertEquals(Set.of(), objective.availableActions(observer));
        for (ObjectiveAction action : ObjectiveAction.values()) {
            assertThrows(TransitionNotAllowedException.class, () -> Fixtures.take(objective, action, observer));
        }
        assertFalse(objective.canEdit(observer));
    }
}
