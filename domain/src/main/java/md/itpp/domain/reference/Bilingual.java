package md.itpp.domain.reference;

import java.util.Locale;

/** Picks the Romanian or the English variant of a text for a locale. */
final class Bilingual {

    private Bilingual() {
    }

    static boolean isRomanian(Locale locale) {
        return locale != null && "ro".equals(locale.getLanguage());
    }

    static String pick(Locale locale, String english, String romanian) {
        return isRomanian(locale) ? romanian : english;
    }
}
