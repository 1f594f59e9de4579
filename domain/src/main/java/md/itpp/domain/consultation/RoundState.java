package md.itpp.domain.consultation;

/** Where a consultation round stands. Rounds only move forward. */
public enum RoundState {
    /** Being configured: objectives, institutions, deadline. Consultees do not see it yet. */
    PLANNED,
    /** Institutions comment and submit their positions until the deadline. */
    OPEN,
    /** By hand or at the deadline; the negotiator completes the dispositions. */
    CLOSED,
    /** Every comment has a disposition; the comment-resolution table is final. */
    SYNTHESIS_FINAL
}
