package md.itpp.domain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.ReasonRequiredException;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.SegregationOfDutiesException;
import md.itpp.domain.objective.SegregationOfDutiesException.Rule;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.objective.TransitionNotAllowedException;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;

/** The approval chain and one submission's run through it, without a database. */
class SubmissionTest {

    private static final Programme PROGRAMME = new Programme("ITPP-MDA-2025", "ITPP", "PIPA", 2025, 2028);
    private static final CooperationArea CYBER = new CooperationArea(PROGRAMME, "CYB", "Cyber defence",
            "Apărare cibernetică", 1);
    private static final Institution MAEIE = new Institution("MAEIE", "MAEIE", "MFAEI", "MAEIE");

    private static final Actor ADMIN = actor("it.admin", Role.ADMIN);
    private static final Actor AUTHOR = actor("nina", Role.NEGOTIATOR);
    private static final Actor AREA_1 = actor("area.one", Role.REVIEWER);
    private static final Actor AREA_2 = actor("area.two", Role.REVIEWER);
    private static final Actor LEGAL_1 = actor("legal.one", Role.REVIEWER);
    private static final Actor LEGAL_2 = actor("legal.two", Role.REVIEWER);
    private static final Actor APPROVER = actor("state.secretary", Role.APPROVER);

    private static Actor actor(String name, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Collections.addAll(set, roles);
        return new Actor(name, set, null);
    }

    private static Map<String, Set<Role>> directory(Actor... actors) {
        Map<String, Set<Role>> map = new HashMap<>();
        for (Actor a : actors) {
            map.put(a.username(), a.roles());
        }
        return map;
    }

    /** Area step: all of two; legal step: any one of two. */
    private static ApprovalChain chain() {
        return ApprovalChain.configure(ADMIN, PROGRAMME, List.of(
                new StepDefinition("Area review", "Revizia domeniului", StepRule.ALL,
                        List.of(AREA_1.username(), AREA_2.username())),
                new StepDefinition("Legal review", "Revizia juridică", StepRule.ANY_ONE,
                        List.of(LEGAL_1.username(), LEGAL_2.username()))), 10,
                directory(AREA_1, AREA_2, LEGAL_1, LEGAL_2));
    }

    private static Objective objective() {
        Objective objective = Objective.strategic(AUTHOR, "SO-CYB-1", PROGRAMME, CYBER, MAEIE,
                new ObjectiveContent("Title", "Titlu", "Text", "Text ro", Language.EN, SourceInstrument.NEW,
                        Priority.HIGH, null, null, null));
        objective.openConsultation(AUTHOR);
        objective.closeConsultation(AUTHOR);
        return objective;
    }

    private static ObjectiveRevision revision(Objective objective, Actor author) {
        return new ObjectiveRevision(objective, 0, RevisionKind.CREATED, author, null);
    }

    @Test
    void theChainRunsStepByStepThenTheApproverApproves() {
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);
        assertEquals(Set.of(AREA_1.username(), AREA_2.username()), submission.pendingReviewers());
        assertEquals(submission.getSubmittedAt().plus(10, java.time.temporal.ChronoUnit.DAYS),
                submission.getDueAt().orElseThrow());

        assertEquals(Set.of(md.itpp.domain.objective.ObjectiveAction.SIGN_OFF,
                md.itpp.domain.objective.ObjectiveAction.RETURN_FOR_REVISION), submission.availableActions(AREA_1));
        assertEquals(Set.of(md.itpp.domain.objective.ObjectiveAction.RETURN_FOR_REVISION),
                submission.availableActions(LEGAL_1), "a later step's reviewer may only return");
        assertEquals(Set.of(md.itpp.domain.objective.ObjectiveAction.RETURN_FOR_REVISION),
                submission.availableActions(APPROVER), "approval waits for the chain");
        assertThrows(NotAssignedException.class, () -> submission.signOff(LEGAL_1, revision),
                "the legal step is not yet due");
        submission.signOff(AREA_1, revision);
        assertEquals(0, submission.getCurrentStep(), "all of the area step must sign off");
        assertThrows(AlreadyDecidedException.class, () -> submission.signOff(AREA_1, revision));
        submission.signOff(AREA_2, revision);
        assertEquals(1, submission.getCurrentStep());
        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
        assertThrows(TransitionNotAllowedException.class, () -> submission.approve(APPROVER, revision),
                "not before every step is signed off");

        submission.signOff(LEGAL_2, revision);
        assertTrue(submission.isAwaitingApproval(), "any one of the legal step suffices");
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
        assertThrows(TransitionNotAllowedException.class, () -> submission.signOff(LEGAL_1, revision));

        assertTrue(submission.availableActions(APPROVER).contains(md.itpp.domain.objective.ObjectiveAction.APPROVE));
        assertTrue(submission.availableActions(AREA_1).isEmpty(), "decided already");
        submission.approve(APPROVER, revision);
        assertEquals(ObjectiveStatus.APPROVED, objective.getStatus());
        assertEquals(SubmissionState.APPROVED, submission.getState());
        List<Decision> decisions = submission.getDecisions();
        assertEquals(4, decisions.size());
        for (Decision decision : decisions) {
            assertEquals(revision.getSha256(), decision.getRevisionSha256(), "bound to the exact text");
            assertEquals(1, decision.getRevisionNumber());
            assertFalse(decision.isStaleAgainst(revision.getSha256()));
        }
        assertEquals(DecisionKind.APPROVAL, decisions.get(3).getKind());
        assertEquals(APPROVER.username(), decisions.get(3).getUsername());
        assertThrows(NoOpenSubmissionException.class, () -> submission.approve(APPROVER, revision));
    }

    @Test
    void theAuthorOfTheRevisionCannotSignOffOrApprove() {
        Actor authorAndReviewer = actor("area.one", Role.NEGOTIATOR, Role.REVIEWER, Role.APPROVER);
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, authorAndReviewer);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> submission.signOff(authorAndReviewer, revision));
        assertEquals(Rule.AUTHOR_SIGNS_OFF, refused.rule());
        assertTrue(submission.getDecisions().isEmpty());
    }

    @Test
    void onePersonCannotFillTwoStepsNorSignAndApprove() {
        Actor reviewerAndApprover = actor("legal.one", Role.REVIEWER, Role.APPROVER);
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);
        submission.signOff(AREA_1, revision);
        submission.signOff(AREA_2, revision);
        submission.signOff(reviewerAndApprover, revision);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> submission.approve(reviewerAndApprover, revision));
        assertEquals(Rule.TWO_STEPS_ONE_PERSON, refused.rule());
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
    }

    @Test
    void aReviewerOfAnEarlierStepCannotApproveEither() {
        Actor areaAndApprover = actor("area.one", Role.REVIEWER, Role.APPROVER);
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);
        submission.signOff(areaAndApprover, revision);
        submission.signOff(AREA_2, revision);
        submission.signOff(LEGAL_1, revision);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> submission.approve(areaAndApprover, revision));
        assertEquals(Rule.TWO_STEPS_ONE_PERSON, refused.rule());
    }

    @Test
    void anAdministratorCannotApproveEvenWithTheApproverRole() {
        Actor adminApprover = actor("root", Role.ADMIN, Role.APPROVER);
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);
        submission.signOff(AREA_1, revision);
        submission.signOff(AREA_2, revision);
        submission.signOff(LEGAL_1, revision);

        SegregationOfDutiesException refused = assertThrows(SegregationOfDutiesException.class,
                () -> submission.approve(adminApprover, revision));
        assertEquals(Rule.ADMINISTRATOR_DECIDES, refused.rule());
        assertEquals(ObjectiveStatus.REVIEWED, objective.getStatus());
    }

    @Test
    void aReturnNeedsAReasonAndSendsTheObjectiveBackToRevision() {
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        Submission submission = Submission.submit(objective, revision, chain(), AUTHOR, null);
        submission.signOff(AREA_1, revision);

        assertThrows(ReasonRequiredException.class, () -> submission.returnForRevision(AREA_2, "  ", revision));
        assertThrows(NotAssignedException.class,
                () -> submission.returnForRevision(actor("stranger", Role.REVIEWER), "No", revision));
        submission.returnForRevision(AREA_2, "Indicators lack a baseline", revision);

        assertEquals(ObjectiveStatus.RETURNED, objective.getStatus());
        assertEquals(SubmissionState.RETURNED, submission.getState());
        Decision returned = submission.getDecisions().get(1);
        assertEquals(DecisionKind.RETURN, returned.getKind());
        assertEquals("Indicators lack a baseline", returned.getReason().orElseThrow());

        // The text changes: the earlier sign-off no longer vouches for it.
        objective.edit(AUTHOR, new ObjectiveContent("Title 2", "Titlu 2", "Text", "Text ro", Language.EN,
                SourceInstrument.NEW, Priority.HIGH, null, null, null), objective.getLeadInstitution(),
                Set.copyOf(objective.getContributingInstitutions()), List.copyOf(objective.getMilestones()),
                List.copyOf(objective.getIndicators()));
        ObjectiveRevision second = new ObjectiveRevision(objective, 1, RevisionKind.EDITED, AUTHOR, null);
        assertTrue(submission.getDecisions().get(0).isStaleAgainst(second.getSha256()));
        Submission again = Submission.submit(objective, second, chain(), AUTHOR, null);
        assertEquals(0, again.getCurrentStep(), "the chain starts again on the new revision");
        assertThrows(ConcurrentDecisionException.class, () -> again.signOff(AREA_1, revision),
                "a decision on the old text is refused");
    }

    @Test
    void submittingWithoutAChainOrConsultationReasonIsRefused() {
        Objective objective = objective();
        ObjectiveRevision revision = revision(objective, AUTHOR);
        assertThrows(NoApprovalChainException.class, () -> Submission.submit(objective, revision, null, AUTHOR, null));
        assertThrows(TransitionNotAllowedException.class,
                () -> Submission.submit(objective, revision, chain(), AREA_1, null));
        assertEquals(ObjectiveStatus.IN_REVISION, objective.getStatus());
    }

    @Test
    void theChainIsCheckedWhenConfigured() {
        Map<String, Set<Role>> directory = directory(AREA_1, AREA_2, APPROVER);
        assertThrows(AccessDeniedException.class, () -> ApprovalChain.configure(AUTHOR, PROGRAMME,
                List.of(new StepDefinition("A", "A", StepRule.ALL, List.of("area.one"))), null, directory));
        ValidationException twice = assertThrows(ValidationException.class, () -> ApprovalChain.configure(ADMIN,
                PROGRAMME, List.of(new StepDefinition("A", "A", StepRule.ALL, List.of("area.one")),
                        new StepDefinition("B", "B", StepRule.ANY_ONE, List.of("area.two", "area.one"))),
                null, directory));
        assertEquals(ApprovalMessages.REVIEWER_IN_TWO_STEPS, twice.messageKey());
        ValidationException notReviewer = assertThrows(ValidationException.class, () -> ApprovalChain.configure(
                ADMIN, PROGRAMME, List.of(new StepDefinition("A", "A", StepRule.ALL, List.of("state.secretary"))),
                null, directory));
        assertEquals(ApprovalMessages.NOT_A_REVIEWER, notReviewer.messageKey());
        assertEquals(ApprovalMessages.STEP_COUNT, assertThrows(ValidationException.class,
                () -> ApprovalChain.configure(ADMIN, PROGRAMME, List.of(), null, directory)).messageKey());
        assertEquals(ApprovalMessages.STEP_WITHOUT_REVIEWERS, assertThrows(ValidationException.class,
                () -> ApprovalChain.configure(ADMIN, PROGRAMME,
                        List.of(new StepDefinition("A", "A", StepRule.ALL, List.of(" "))), null, directory))
                .messageKey());
        assertEquals(ApprovalMessages.REVIEW_DAYS, assertThrows(ValidationException.class,
                () -> ApprovalChain.configure(ADMIN, PROGRAMME,
                        List.of(new StepDefinition("A", "A", StepRule.ALL, List.of("area.one"))), 0, directory))
                .messageKey());
    }
}
