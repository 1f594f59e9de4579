package md.itpp.domain.monitoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a progress report stands: drafted by the institution, submitted by its focal point,
 * returned by the negotiator with a reason (and drafted again), or accepted.
 */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The states in which the institution still has to submit (query parameter). */
    public static final Set<ReportState> OPEN_FOR_INPUT = Collections.unmodifiableSet(EnumSet.of(DRAFT, RETURNED));

    /** Whether the institution may still change it. */
    public boolean isOpenForInput() {
        return this == DRAFT || this == RETURNED;
    }
}
