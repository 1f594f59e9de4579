package md.itpp.persistence.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import md.itpp.domain.approval.SubmissionState;
import md.itpp.domain.objective.ObjectiveAction;

/**
 * The approval side of one objective, as its page shows it: the chain of the latest submission
 * (or the programme's chain before any), every decision with the revision it covered, and what
 * the caller may do now.
 *
 * @param currentRevision    the objective's latest revision number (0 if none)
 * @param submissionState    the latest submission's state, or {@code null} before any
 * @param awaitingApproval   every review step of the open submission is done
 * @param actions            the lifecycle actions the caller may take now (approval and NATO stage)
 */
public record ApprovalRecord(int currentRevision, String currentSha256, boolean chainConfigured,
                             SubmissionState submissionState, Integer submittedRevision,
                             Instant dueAt, boolean awaitingApproval, List<StepView> steps,
                             List<DecisionView> decisions, Set<ObjectiveAction> actions) implements Serializable {

    public boolean can(ObjectiveAction action) {
        return actions.contains(action);
    }

    public boolean isOverdue() {
        return dueAt != null && submissionState == SubmissionState.OPEN && dueAt.isBefore(Instant.now());
    }
}
