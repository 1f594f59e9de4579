package md.itpp.domain.approval;

/** What a decision on a submitted revision was. */
public enum DecisionKind {
    /** A reviewer signed off a review step. */
    SIGN_OFF,
    /** A reviewer or an approver sent the objective back to revision, with a reason. */
    RETURN,
    /** The approver approved: the national part of the lifecycle is done. */
    APPROVAL
}
