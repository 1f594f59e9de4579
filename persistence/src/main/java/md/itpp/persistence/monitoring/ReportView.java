package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.PeriodState;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.objective.Language;

/**
 * A progress report as the caller may see it: the objective's milestones and indicators with
 * what was reported, the input of the contributing institutions (a contributor sees only its
 * own), the progress figure, and what the caller may do now.
 */
public record ReportView(long id, long version, long periodId, String periodTitle, PeriodState periodState,
                         long objectiveId, String objectiveCode, String titleEn, String titleRo,
                         Language authoritativeLanguage, String areaCode, String institutionCode,
                         String institutionNameEn, String institutionNameRo, ReportState state,
                         String narrativeRo, String narrativeEn, List<MilestoneRow> milestones,
                         List<IndicatorRow> indicators, List<InputRow> inputs, Figure figure,
                         String submittedBy, Instant submittedAt, String returnReason, String acceptedBy,
                         Instant acceptedAt, boolean overdue, boolean canDraft, boolean canSubmit,
                         boolean canContribute, boolean canReview, boolean canAdjust) implements Serializable {

    public record MilestoneRow(int index, int year, String descriptionEn, String descriptionRo,
                               MilestoneStatus status, String comment, int weight) implements Serializable {
    }

    public record IndicatorRow(int index, String nameEn, String nameRo, String baseline, String target, String unit,
                               String value, boolean numeric, int weight) implements Serializable {
    }

    public record InputRow(String institutionCode, String institutionNameEn, String institutionNameRo, String text,
                           String author, Instant updatedAt) implements Serializable {
    }

    /** The objective's progress: the value shown, the computed one, and the override's reason if set by hand. */
    public record Figure(Double value, Double computed, boolean overridden, String reason) implements Serializable {
    }
}
