package md.itpp.persistence.document;

import java.util.Locale;

import md.itpp.domain.objective.Language;
import md.itpp.domain.Bilingual;

/**
 * The language tags written into documents: Romanian as spoken in Moldova is tagged
 * {@code ro-RO} (the tag word processors ship a dictionary for), English as NATO writes it
 * {@code en-GB}.
 */
public enum DocumentLanguage {
    RO("ro-RO"),
    EN("en-GB");

    private final String tag;

    DocumentLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, e.g. {@code ro-RO}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static DocumentLanguage of(Language language) {
        return language == Language.RO ? RO : EN;
    }

    public static DocumentLanguage of(Locale locale) {
        return Bilingual.isRomanian(locale) ? RO : EN;
    }
}
