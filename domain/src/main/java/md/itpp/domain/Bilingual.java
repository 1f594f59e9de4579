package md.itpp.domain;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text in the programme's two languages, and the one rule for choosing between them: the
 * reader's language when the reader reads Romanian, English otherwise (or with no locale); and
 * when that variant is not written yet, the other one, so that nobody reads an empty title where
 * a translation is missing; an empty text when neither is written. The only place that knows how
 * Romanian is spelt as a locale. Embeddable: an entity keeps a text in two languages as one
 * {@code @Embedded Bilingual} over its two columns ({@code name_en}, {@code name_ro}).
 *
 * @param en the English text, or {@code null}
 * @param ro the Romanian text, or {@code null}
 */
@Embeddable
public record Bilingual(String en, String ro) implements Serializable {

    /** The language code of Romanian, as locales, bundles and accounts spell it. */
    public static final String ROMANIAN_CODE = "ro";

    /** The language code of English. */
    public static final String ENGLISH_CODE = "en";

    public static final Locale ROMANIAN = Locale.forLanguageTag(ROMANIAN_CODE);

    /** The embeddable's component names, for mappings ({@code @AttributeOverride}) and queries. */
    public static final String EN = "en";
    public static final String RO = "ro";

    /** Neither language written. */
    public static final Bilingual NONE = new Bilingual(null, null);

    public static Bilingual of(String en, String ro) {
        return new Bilingual(en, ro);
    }

    /** The text for a reader of {@code locale}, falling back to the other language when unwritten. */
    public String in(Locale locale) {
        String wanted = isRomanian(locale) ? ro : en;
        String other = isRomanian(locale) ? en : ro;
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return other == null ? "" : other;
    }

    /** Whether {@code locale} reads Romanian; any other locale, or none, reads English. */
    public static boolean isRomanian(Locale locale) {
        return locale != null && ROMANIAN_CODE.equals(locale.getLanguage());
    }

    /** Romanian for a Romanian locale, English for any other (or none). */
    public static Locale localeOf(Locale locale) {
        return isRomanian(locale) ? ROMANIAN : Locale.ENGLISH;
    }
}
