package md.itpp.domain.monitoring;

/** A reporting period is open while reports are written and reviewed, closed once frozen. */
public enum PeriodState {
    OPEN,
    CLOSED
}
