package md.itpp.persistence.objective;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/** One row of the objectives list: only the columns the list shows, read in one query. */
public record ObjectiveSummary(Long id, String code, ObjectiveLevel level, String titleEn,
                               String titleRo, String areaCode, String areaNameEn,
                               String areaNameRo, String leadInstitution, ObjectiveStatus status,
                               Instant updatedAt) implements Serializable {

    /** The title in the reader's language, or in the other one while it is untranslated. */
    public String title(Locale locale) {
        return Bilingual.of(titleEn, titleRo).in(locale);
    }

    public String areaName(Locale locale) {
        return Bilingual.of(areaNameEn, areaNameRo).in(locale);
    }
}
