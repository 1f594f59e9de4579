package md.itpp.persistence.approval;

/** What a task asks of the person it is assigned to. */
public enum TaskKind {
    /** Draft or revise an objective (negotiators; also after a return). */
    REVISE,
    /** Sign off, or return, an objective at a review step that names the reviewer. */
    SIGN_OFF,
    /** Approve, or return, an objective whose review steps are all signed off. */
    APPROVE,
    /** Carry an approved objective through the negotiation with NATO. */
    NATO_STEP
}
