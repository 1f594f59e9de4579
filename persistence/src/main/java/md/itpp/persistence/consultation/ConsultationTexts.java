package md.itpp.persistence.consultation;

import java.time.Instant;
import java.util.Locale;

import md.itpp.domain.Bilingual;
import md.itpp.persistence.text.ServerTexts;

/**
 * The consultation's texts outside any page (mail, the exported table), in this module's bundle
 * ({@code texts.properties}, {@code texts_ro.properties}) because the web module's bundles are
 * not visible here; loaded, and dates formatted, by {@link ServerTexts}.
 */
final class ConsultationTexts {

    static final Locale ROMANIAN = Bilingual.ROMANIAN;
    private static final String BUNDLE = "md.itpp.persistence.consultation.texts";

    private ConsultationTexts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        return ServerTexts.of(BUNDLE, locale).text(key, arguments);
    }

    /** An enum constant's label (the labels' one bundle). */
    static String label(Locale locale, Enum<?> value) {
        return ServerTexts.label(locale, value);
    }

    static boolean isRomanian(Locale locale) {
        return Bilingual.isRomanian(locale);
    }

    /** The deadline as the institutions read it: Chișinău time. */
    static String deadline(Instant deadline) {
        return ServerTexts.dateTime(deadline);
    }
}
