package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import md.itpp.domain.Bilingual;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.PeriodState;

/**
 * The monitoring dashboard of one period, with the trend across every period: progress by area
 * and by institution (the roll-up's figures), the reports outstanding per institution, the
 * milestones at risk or delayed, and per period the reports' states and the milestones' progress.
 *
 * @param periodId         the period shown, or {@code null} when there is none yet
 * @param attention        the first {@link MonitoringService#MAX_ATTENTION} milestones at risk or delayed
 * @param attentionTotal   how many there are in all
 */
public record MonitoringDashboard(Long periodId, String periodTitle, PeriodState periodState,
                                  LocalDate institutionsDeadline, boolean deadlinePassed, ReportView.Figure overall,
                                  List<AreaRow> areas, List<InstitutionRow> institutions,
                                  List<AttentionRow> attention, long attentionTotal, List<TrendRow> trend)
        implements Serializable {

    /** Unmodifiable lists: one dashboard is shown to every negotiator and auditor until the next change. */
    public MonitoringDashboard {
        areas = List.copyOf(areas);
        institutions = List.copyOf(institutions);
        attention = List.copyOf(attention);
        trend = List.copyOf(trend);
    }

    public record AreaRow(String code, String nameEn, String nameRo, ReportView.Figure figure)
            implements Serializable {

        public String name(Locale locale) {
            return Bilingual.of(nameEn, nameRo).in(locale);
        }
    }

    /**
     * @param outstanding not submitted (draft or returned)
     * @param overdue     outstanding after the institutions' deadline
     */
    public record InstitutionRow(String code, String nameEn, String nameRo, ReportView.Figure figure, long reports,
                                 long outstanding, long submitted, long accepted, long overdue)
            implements Serializable {

        public String name(Locale locale) {
            return Bilingual.of(nameEn, nameRo).in(locale);
        }
    }

    public record AttentionRow(long reportId, String objectiveCode, String titleEn, String titleRo,
                               String institutionCode, int milestoneNumber, MilestoneStatus status, String comment)
            implements Serializable {

        public String title(Locale locale) {
            return Bilingual.of(titleEn, titleRo).in(locale);
        }
    }

    /**
     * One period of the trend.
     *
     * @param milestoneProgress the weighted mean of the milestones' shares done (cancelled ones and
     *                          weight 0 left out), in percent; {@code null} with no milestone that counts
     */
    public record TrendRow(long periodId, String title, int year, PeriodState state, long reports,
                           long submitted, long accepted, long outstanding, long atRisk, long delayed,
                           Double milestoneProgress) implements Serializable {

        /** Submitted or accepted, in percent of the reports. */
        public double submittedPercent() {
            return reports == 0 ? 0 : 100.0 * (submitted + accepted) / reports;
        }
    }
}
