package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

class LocaleBeanTest {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"));

    @Test
    void theCookieNamesTheChosenLanguage() {
        assertEquals(Optional.of(Locale.forLanguageTag("ro")),
                LocaleBean.chosen(new Cookie[] {new Cookie("other", "en"), new Cookie(LocaleBean.COOKIE, "ro")}, SUPPORTED));
    }

    @Test
    void anUnsupportedOrMalformedValueIsIgnored() {
        assertEquals(Optional.empty(), LocaleBean.chosen(new Cookie[] {new Cookie(LocaleBean.COOKIE, "fr")}, SUPPORTED));
        assertEquals(Optional.empty(), LocaleBean.chosen(new Cookie[] {new Cookie(LocaleBean.COOKIE, "ro-MD;x")}, SUPPORTED));
        assertEquals(Optional.empty(), LocaleBean.chosen(null, SUPPORTED));
    }

    @Test
    void aRegionalPreferenceMatchesItsLanguage() {
        assertEquals(Optional.of(Locale.forLanguageTag("ro")), LocaleBean.match(Locale.forLanguageTag("ro-MD"), SUPPORTED));
    }
}
