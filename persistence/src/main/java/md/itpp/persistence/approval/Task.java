package md.itpp.persistence.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/**
 * Something awaiting the caller's action on one objective.
 *
 * @param stepNumber the review step (from 1) for a sign-off, otherwise {@code null}
 * @param dueAt      when it is due, or {@code null} where no due date exists
 */
public record Task(TaskKind kind, long objectiveId, String code, String titleEn, String titleRo,
                   ObjectiveStatus status, Integer stepNumber, String stepNameEn, String stepNameRo,
                   Instant dueAt) implements Serializable {

    public String title(Locale locale) {
        return Bilingual.of(titleEn, titleRo).in(locale);
    }

    public String stepName(Locale locale) {
        return Bilingual.of(stepNameEn, stepNameRo).in(locale);
    }

    public boolean isOverdue() {
        return dueAt != null && dueAt.isBefore(Instant.now());
    }
}
