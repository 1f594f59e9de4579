package md.itpp.domain.approval;

/** Message keys of approval rules that fail with a {@link md.itpp.domain.ValidationException}. */
public final class ApprovalMessages {

    /** {0}: the most steps. */
    public static final String STEP_COUNT = "error.approval.stepCount";
    /** {0}: the step's position (from 1). */
    public static final String STEP_WITHOUT_REVIEWERS = "error.approval.stepWithoutReviewers";
    /** {0}: the username. One person fills at most one step of a chain. */
    public static final String REVIEWER_IN_TWO_STEPS = "error.approval.reviewerInTwoSteps";
    /** {0}: the username. */
    public static final String NOT_A_REVIEWER = "error.approval.notAReviewer";
    /** {0}: the lowest, {1}: the highest number of days. */
    public static final String REVIEW_DAYS = "error.approval.reviewDays";

    private ApprovalMessages() {
    }
}
