package md.itpp.persistence.objective;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;

/** One row of the objectives list: only the columns the list shows, read in one query. */
public record ObjectiveSummary(Long id, String code, ObjectiveLevel level, String titleEn,
                               String titleRo, String areaCode, String areaNameEn,
                               String areaNameRo, String leadInstitution, ObjectiveStatus status,
                               Instant updatedAt) implements Serializable {

    /** The title in the reader's language, or in the other one while it is untranslated. */
    public String title(Locale locale) {
        String wanted = isRomanian(locale) ? titleRo : titleEn;
        String other = isRomanian(locale) ? titleEn : titleRo;
        String title = wanted == null || wanted.isBlank() ? other : wanted;
        return title == null ? "" : title;
    }

    public String areaName(Locale locale) {
        return isRomanian(locale) ? areaNameRo : areaNameEn;
    }

    private static boolean isRomanian(Locale locale) {
        return locale != null && "ro".equals(locale.getLanguage());
    }
}
