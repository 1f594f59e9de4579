package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.Locale;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;

/** One objective of the programme's outline (the tree view): {@code parentId} is null for a strategic objective. */
public record OutlineRow(Long id, String code, ObjectiveLevel level, String titleEn, String titleRo,
                         ObjectiveStatus status, Long parentId) implements Serializable {

    /** The title in the reader's language, or in the other one while it is untranslated. */
    public String title(Locale locale) {
        boolean romanian = locale != null && "ro".equals(locale.getLanguage());
        String wanted = romanian ? titleRo : titleEn;
        String other = romanian ? titleEn : titleRo;
        String title = wanted == null || wanted.isBlank() ? other : wanted;
        return title == null ? "" : title;
    }
}
