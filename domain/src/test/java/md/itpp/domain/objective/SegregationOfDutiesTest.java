package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.APPROVER;
import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.REVIEWER;
import static md.itpp.domain.objective.Fixtures.actor;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/** Segregation of duties: who wrote, signed off and approved the content must be different people. */
class SegregationOfDutiesTest {

    @Test
    void theAuthorCannotSignOffEvenWithTheReviewerRole() {
        Actor author = actor("nina.negotiator", Role.NEGOTIATOR, Role.REVIEWER);
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED, author);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> objective.signOff(author));

        assertEquals(SegregationOfDutiesException.Rule.AUTHOR_SIGNS_OFF, refused.rule());
        assertEquals("error.segregation.authorCannotSignOff", refused.messageKey());
        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
        assertEquals(Optional.empty(), objective.getSignedOffBy());
        assertEquals(Set.of(ObjectiveAction.RETURN_FOR_REVISION), objective.availableActions(author));
    }

    @Test
    void theSignerCannotApprove() {
        Actor reviewerAndApprover = actor("radu.reviewer", Role.REVIEWER, Role.APPROVER);
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED);
        objective.signOff(reviewerAndApprover);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> objective.approve(reviewerAndApprover));

        assertEquals(SegregationOfDutiesException.Rule.SIGNER_APPROVES, refused.rule());
        assertEquals("error.segregation.signerCannotApprove", refused.messageKey());
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
        assertEquals(Set.of(ObjectiveAction.RETURN_FOR_REVISION),
                objective.availableActions(reviewerAndApprover));
    }

    @Test
    void theAuthorCannotApprove() {
        Actor author = actor("nina.negotiator", Role.NEGOTIATOR, Role.APPROVER);
        Objective objective = objectiveIn(ObjectiveStatus.REVIEWED, author);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> objective.approve(author));

        assertEquals(SegregationOfDutiesException.Rule.AUTHOR_APPROVES, refused.rule());
        assertEquals("error.segregation.authorCannotApprove", refused.messageKey());
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
        assertEquals(Optional.empty(), objective.getApprovedBy());
        assertFalse(objective.availableActions(author).contains(ObjectiveAction.APPROVE));
    }

    @Test
    void signOffAndApprovalAreRecorded() {
        Objective objective = objectiveIn(ObjectiveStatus.APPROVED);

        assertEquals(Optional.of(REVIEWER.username()), objective.getSignedOffBy());
        assertEquals(Optional.of(APPROVER.username()), objective.getApprovedBy());
        assertEquals(AUTHOR.username(), objective.getContentAuthor());
    }

    @Test
    void authorshipFollowsTheLatestEdit() {
        Actor nina = actor("nina.negotiator", Role.NEGOTIATOR, Role.REVIEWER);
        Actor petru = actor("petru.negotiator", Role.NEGOTIATOR);
        Objective objective = objectiveIn(ObjectiveStatus.RETURNED, nina);

        ObjectiveContent c = Fixtures.content();
        Fixtures.edit(objective, petru, new ObjectiveContent(c.titleEn() + " (revised)", c.titleRo() + " (revizuit)",
                c.textEn(), c.textRo(), c.authoritativeLanguage(), c.sourceInstrument(), c.priority(),
                c.resources(), c.risks(), c.context()));
        objective.submit(petru, null);
        objective.signOff(nina);

        assertEquals("petru.negotiator", objective.getContentAuthor());
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
        assertEquals(Optional.of("nina.negotiator"), objective.getSignedOffBy());
    }

    @Test
    void aReturnClearsTheSignOff() {
        Objective objective = objectiveIn(ObjectiveStatus.REVIEWED);

        objective.returnForRevision(APPROVER, "Indicators lack a baseline");

        assertEquals(Optional.empty(), objective.getSignedOffBy());
        assertEquals(Optional.of("Indicators lack a baseline"), objective.getStatusReason());
    }

    @Test
    void revisingAfterNatoClearsSignOffAndApproval() {
        Objective objective = objectiveIn(ObjectiveStatus.NATO_COMMENTS);

        objective.reviseAfterNato(AUTHOR, null);

        assertEquals(ObjectiveStatus.IN_REVISION, objective.getStatus());
        assertEquals(Optional.empty(), objective.getSignedOffBy());
        assertEquals(Optional.empty(), objective.getApprovedBy());
    }
}
