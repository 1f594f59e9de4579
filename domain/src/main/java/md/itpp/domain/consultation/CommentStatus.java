package md.itpp.domain.consultation;

/** Where a comment stands inside its institution. */
public enum CommentStatus {
    /** Written by an expert or the focal point; only the institution sees it. */
    DRAFT,
    /** Sent with the institution's position; read-only, visible to the negotiators. */
    SUBMITTED,
    /** Left out by the focal point; kept for the record, never sent. */
    DROPPED
}
