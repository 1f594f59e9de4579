package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A page's texts are made once per language of the request, and again after a language switch. */
class PerLanguageTest {

    private static final Locale RO = Locale.forLanguageTag("ro");

    @Test
    void madeOnceForALanguageAndAgainForAnother() {
        List<Locale> made = new ArrayList<>();
        PerLanguage<String> rows = new PerLanguage<>(locale -> {
            made.add(locale);
            return "rows in " + locale.getLanguage();
        });
        String first = rows.in(Locale.ENGLISH);
        assertSame(first, rows.in(Locale.ENGLISH), "asked again while the page renders: the same rows");
        assertEquals("rows in ro", rows.in(RO), "the language switched within the request");
        assertEquals("rows in ro", rows.in(RO));
        assertEquals(List.of(Locale.ENGLISH, RO), made);
    }
}
