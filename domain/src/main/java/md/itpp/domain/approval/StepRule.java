package md.itpp.domain.approval;

/** When a review step is done. */
public enum StepRule {
    /** The first sign-off by one of the step's reviewers completes the step. */
    ANY_ONE,
    /** Every reviewer of the step must sign off. */
    ALL
}
