package md.itpp.domain.audit;

/** How a chain can be broken; each names what an auditor should look for. */
public enum AuditBreak {
    /** Numbers skip: the events between the previous one and this one were deleted. */
    MISSING_EVENTS,
    /** The event does not point at its predecessor's hash: rows were replaced or reordered. */
    BROKEN_LINK,
    /** The event's content no longer matches its own hash: the row was edited. */
    ALTERED,
    /** The chain head names more events than the table holds: the newest ones were deleted. */
    MISSING_TAIL,
    /**
     * The event is consistent with its neighbours but not with the hash an anchor recorded for it
     * outside the database: the table was rewritten from there on, hashes recomputed.
     */
    ANCHOR_MISMATCH
}
