package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.LocalDate;

import md.itpp.domain.monitoring.PeriodState;

/**
 * A line of the periods list. For a consultee the counts are of the reports its institution
 * leads; for negotiators and auditors, of every report.
 */
public record PeriodSummary(long id, String title, int year, PeriodState state, LocalDate institutionsDeadline,
                            LocalDate consolidationDeadline, int reports, int submitted, int accepted, int overdue)
        implements Serializable {
}
