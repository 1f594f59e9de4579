package md.itpp.persistence.approval;

/** What a task asks of the person it is assigned to. */
public enum TaskKind {
    /** Revise an objective a reviewer or approver returned (negotiators). */
    REVISE,
    /** Sign off, or return, an objective at a review step that names the reviewer. */
    SIGN_OFF,
    /** Approve, or return, an objective whose review steps are all signed off. */
    APPROVE,
    /** Send an approved objective to NATO, or answer NATO's comments on it (negotiators). */
    NATO_STEP
}
