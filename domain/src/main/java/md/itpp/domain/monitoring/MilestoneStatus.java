package md.itpp.domain.monitoring;

import java.util.OptionalDouble;

/**
 * What an institution says about a milestone, and the share of it that counts as done. A
 * cancelled milestone no longer counts at all: it leaves the mean instead of pulling it down.
 */
public enum MilestoneStatus {
    NOT_STARTED(0),
    /** Under way and expected on time: half done, the usual convention of annual plans. */
    ON_TRACK(50),
    /** Under way but threatened: credited less than on track. */
    AT_RISK(25),
    DELAYED(25),
    COMPLETED(100),
    CANCELLED(-1);

    private final int percent;

    MilestoneStatus(int percent) {
        this.percent = percent;
    }

    /** The share done, 0-100; empty for a cancelled milestone, which does not count. */
    public OptionalDouble percent() {
        return percent < 0 ? OptionalDouble.empty() : OptionalDouble.of(percent);
    }

    /** At risk or delayed: shown on the dashboard's list of milestones needing attention. */
    public boolean needsAttention() {
        return this == AT_RISK || this == DELAYED;
    }
}
