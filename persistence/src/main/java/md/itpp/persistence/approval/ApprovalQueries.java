package md.itpp.persistence.approval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.domain.account.Actor;
import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.Decision;
import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.approval.ReviewStep;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.approval.SubmissionState;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.audit.StampedCache;
import md.itpp.persistence.objective.Objectives;

/**
 * The read side of review and approval: the {@link ApprovalRecord} of an objective, built from
 * its submissions inside the caller's transaction. Whether the caller may see the objective is
 * {@link Objectives}' decision; {@link ApprovalService} holds the roles.
 */
@ApplicationScoped
public class ApprovalQueries {

    @Inject
    private Objectives objectives;

    @Inject
    private Submissions submissions;

    @Inject
    private StampedCache cache;

    /**
     * The programme's current chain as a panel without a submission shows it: whether there is
     * one, and its steps, none done. The same for every objective page until the chain is
     * configured anew (an audited change), so it is kept while the audit trail has not moved:
     * four statements (programme, chain, steps, reviewers) a page read for it before.
     */
    private record CurrentChain(boolean present, List<StepView> steps) {
        CurrentChain {
            steps = List.copyOf(steps); // shared by every request that finds it kept
        }
    }

    /** The objective's chain, decisions and the caller's possible actions. */
    public ApprovalRecord record(Actor actor, long objectiveId, Supplier<Programme> programme) {
        Objective objective = objectives.getVisible(objectiveId, actor);
        Optional<RevisionSummary> latest = objectives.latestSummary(objectiveId);
        String currentSha = latest.map(RevisionSummary::sha256).orElse("");
        List<Submission> all = submissions.ofObjective(objectiveId);
        Submission last = all.isEmpty() ? null : all.get(all.size() - 1);
        CurrentChain current = cache.get("approval.currentChain", () -> {
            Optional<ApprovalChain> chain = submissions.currentChain(programme.get());
            return new CurrentChain(chain.isPresent(), steps(chain, null));
        });
        boolean chainPresent = last != null || current.present();
        return new ApprovalRecord(latest.map(RevisionSummary::number).orElse(0), currentSha,
                current.present(), last == null ? null : last.getState(),
                last == null ? null : last.getRevisionNumber(),
                last == null ? null : last.getDueAt().orElse(null),
                last != null && last.isAwaitingApproval(),
                last == null ? current.steps() : steps(Optional.of(last.getChain()), last),
                decisions(all, last, currentSha),
                actions(objective, actor, last, chainPresent && latest.isPresent()));
    }

    private static List<StepView> steps(Optional<ApprovalChain> chain, Submission last) {
        List<StepView> steps = new ArrayList<>();
        chain.ifPresent(c -> {
            for (ReviewStep step : c.getSteps()) {
                List<String> signed = last == null ? List.of() : List.copyOf(last.signersOf(step.getPosition()));
                boolean done = last != null && last.getState() != SubmissionState.RETURNED
                        && last.getCurrentStep() > step.getPosition();
                boolean current = last != null && last.getState() == SubmissionState.OPEN
                        && last.getCurrentStep() == step.getPosition();
                steps.add(new StepView(step.getPosition(), step.getNameEn(), step.getNameRo(), step.getRule(),
                        List.copyOf(step.getReviewers()), signed, done, current));
            }
        });
        return steps;
    }

    /** Every decision of every submission, each with the revision it covered and whether it is stale. */
    private static List<DecisionView> decisions(List<Submission> all, Submission last, String currentSha) {
        List<DecisionView> decisions = new ArrayList<>();
        for (Submission submission : all) {
            for (Decision decision : submission.getDecisions()) {
                boolean approval = decision.getKind() == DecisionKind.APPROVAL;
                ReviewStep step = !approval && decision.getStepPosition() < submission.getStepCount()
                        ? submission.getChain().step(decision.getStepPosition()) : null;
                decisions.add(new DecisionView(submission.getId(), decision.getKind(),
                        decision.getStepPosition() + 1,
                        step == null ? "" : step.getNameEn(), step == null ? "" : step.getNameRo(),
                        decision.getUsername(), decision.getDecidedAt(), decision.getRevisionNumber(),
                        decision.getRevisionSha256(), decision.getReason().orElse(""),
                        decision.isStaleAgainst(currentSha), submission == last));
            }
        }
        return decisions;
    }

    /**
     * What the caller may do now: the lifecycle's actions, except that submitting needs a chain and
     * a revision, and the review decisions come from the open submission (its steps and four eyes).
     */
    private static Set<ObjectiveAction> actions(Objective objective, Actor actor, Submission last,
                                                boolean submittable) {
        Set<ObjectiveAction> actions = EnumSet.noneOf(ObjectiveAction.class);
        for (ObjectiveAction action : objective.availableActions(actor)) {
            switch (action) {
                case SUBMIT -> {
                    if (submittable) {
                        actions.add(action);
                    }
                }
                case SIGN_OFF, RETURN_FOR_REVISION, APPROVE -> { }
                default -> actions.add(action);
            }
        }
        if (last != null && last.getState() == SubmissionState.OPEN) {
            actions.addAll(last.availableActions(actor));
        }
        return actions;
    }
}
