package md.itpp.domain.objective;

import java.util.Locale;
import java.util.Optional;

import md.itpp.domain.Bilingual;

/** The two languages of the programme's texts; one of them is authoritative per objective. */
public enum Language {
    EN(Bilingual.ENGLISH_CODE),
    RO(Bilingual.ROMANIAN_CODE);

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, {@code en} or {@code ro}. */
    public String code() {
        return code;
    }

    /** The language an objective is translated into when this one is authoritative. */
    public Language other() {
        return this == EN ? RO : EN;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of an ISO 639-1 code, {@code en} or {@code ro}; empty for any other. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Romanian for a Romanian locale, English for any other (or none). */
    public static Language of(Locale locale) {
        return Bilingual.isRomanian(locale) ? RO : EN;
    }
}
