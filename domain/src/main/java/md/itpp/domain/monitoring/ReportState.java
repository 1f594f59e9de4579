package md.itpp.domain.monitoring;

/**
 * Where a progress report stands: drafted by the institution, submitted by its focal point,
 * returned by the negotiator with a reason (and drafted again), or accepted.
 */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Whether the institution may still change it. */
    public boolean isOpenForInput() {
        return this == DRAFT || this == RETURNED;
    }
}
