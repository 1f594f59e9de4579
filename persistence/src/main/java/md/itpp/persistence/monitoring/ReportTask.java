package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import md.itpp.domain.Bilingual;
import md.itpp.domain.monitoring.ReportState;

/**
 * A progress report awaiting the caller: for a consultee, its institution's report to write and
 * submit by the institutions' deadline; for a negotiator, a submitted report to review by the
 * consolidation deadline.
 *
 * @param overdue whether that deadline has passed
 */
public record ReportTask(long reportId, long periodId, String periodTitle, String objectiveCode, String titleEn,
                         String titleRo, String institutionCode, ReportState state, LocalDate dueOn,
                         boolean overdue) implements Serializable {

    public String title(Locale locale) {
        return Bilingual.of(titleEn, titleRo).in(locale);
    }
}
