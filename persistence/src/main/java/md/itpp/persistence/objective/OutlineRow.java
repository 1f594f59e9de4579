package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.Locale;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/** One objective of the programme's outline (the tree view): {@code parentId} is null for a strategic objective. */
public record OutlineRow(Long id, String code, ObjectiveLevel level, String titleEn, String titleRo,
                         ObjectiveStatus status, Long parentId) implements Serializable {

    /** The title in the reader's language, or in the other one while it is untranslated. */
    public String title(Locale locale) {
        return Bilingual.of(titleEn, titleRo).in(locale);
    }
}
