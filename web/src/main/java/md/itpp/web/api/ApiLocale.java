package md.itpp.web.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import md.itpp.domain.Bilingual;

/** The API speaks English and Romanian: the first of those the caller accepts, else English. */
public final class ApiLocale {

    static final Locale ROMANIAN = Bilingual.ROMANIAN;

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** @param accepted the caller's languages, most wanted first */
    public static Locale of(List<Locale> accepted) {
        for (Locale locale : accepted) {
            if (ROMANIAN.getLanguage().equals(locale.getLanguage())) {
                return ROMANIAN;
            }
            if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
