package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import md.itpp.domain.monitoring.PeriodState;
import md.itpp.domain.monitoring.ReportState;

/**
 * A period with one page of the reports the caller may see (a consultee: those its institution
 * leads or contributes to), how many there are in all ({@code reportCount}), whether the caller's
 * institution leads any ({@code callerLeads}: the workbook is offered then) and, for negotiators
 * and auditors, the figures by area and institution.
 */
public record PeriodView(long id, long version, String title, int year, PeriodState state,
                         LocalDate institutionsDeadline, LocalDate consolidationDeadline, String openedBy,
                         Instant openedAt, String closedBy, Instant closedAt, String snapshotSha256,
                         String reopenReason, List<ReportRow> reports, long reportCount, boolean callerLeads,
                         Map<String, ReportView.Figure> areas,
                         Map<String, ReportView.Figure> institutions, ReportView.Figure overall,
                         boolean canClose) implements Serializable {

    public record ReportRow(long id, String objectiveCode, String titleEn, String titleRo, String areaCode,
                            String institutionCode, ReportState state, boolean overdue, boolean leadByCaller,
                            ReportView.Figure figure, Instant submittedAt) implements Serializable {
    }
}
