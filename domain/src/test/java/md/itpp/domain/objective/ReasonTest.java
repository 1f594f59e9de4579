package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.REVIEWER;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import md.itpp.domain.ValidationException;

/** Returns and withdrawals, and submissions that skip consultation, must say why. */
class ReasonTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aReturnNeedsAReason(String blank) {
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED);

        ReasonRequiredException refused = assertThrows(ReasonRequiredException.class,
                () -> objective.returnForRevision(REVIEWER, blank));

        assertEquals(ObjectiveAction.RETURN_FOR_REVISION, refused.action());
        assertEquals("error.reason.required", refused.messageKey());
        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
        assertThrows(ReasonRequiredException.class, () -> objective.returnForRevision(REVIEWER, null));
    }

    @ParameterizedTest
    @EnumSource(value = ObjectiveStatus.class, names = {"DRAFT", "IN_REVISION", "RETURNED"})
    void aWithdrawalNeedsAReason(ObjectiveStatus status) {
        Objective objective = objectiveIn(status);

        assertThrows(ReasonRequiredException.class, () -> objective.withdraw(AUTHOR, " "));
        assertEquals(status, objective.getStatus());
    }

    @Test
    void reopeningAgreedTextNeedsAReasonAndClearsTheApproval() {
        Objective objective = objectiveIn(ObjectiveStatus.AGREED);

        assertThrows(ReasonRequiredException.class, () -> objective.reviseAfterNato(AUTHOR, " "));
        assertThrows(ReasonRequiredException.class, () -> objective.reviseAfterNato(AUTHOR, null));
        assertEquals(ObjectiveStatus.AGREED, objective.getStatus(), "agreed text stays locked");
        assertFalse(objective.isEditable());

        objective.reviseAfterNato(AUTHOR, "NATO asked for a new target");
        assertEquals(ObjectiveStatus.IN_REVISION, objective.getStatus());
        assertEquals(java.util.Optional.empty(), objective.getApprovedBy(), "the new text needs a new approval");
        assertEquals(java.util.Optional.of("NATO asked for a new target"), objective.getStatusReason());
    }

    @Test
    void submittingADraftWithoutConsultationNeedsAReason() {
        Objective objective = Fixtures.draft();

        ReasonRequiredException refused = assertThrows(ReasonRequiredException.class,
                () -> objective.submit(AUTHOR, null));
        assertEquals(ObjectiveAction.SUBMIT, refused.action());
        assertEquals(ObjectiveStatus.DRAFT, objective.getStatus());

        objective.submit(AUTHOR, "  Urgent: needed for the June ministerial  ");

        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
        assertEquals(Optional.of("Urgent: needed for the June ministerial"), objective.getStatusReason());
    }

    @Test
    void submittingAfterConsultationNeedsNoReason() {
        Objective objective = objectiveIn(ObjectiveStatus.IN_REVISION);

        objective.submit(AUTHOR, null);

        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
        assertEquals(Optional.empty(), objective.getStatusReason());
    }

    @Test
    void aReasonHasALimit() {
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> objective.returnForRevision(REVIEWER, "x".repeat(Objective.REASON_MAX + 1)));

        assertEquals(ValidationException.TOO_LONG, refused.messageKey());
        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
    }
}
