package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Bilingual texts: the locale's language, or the other one while untranslated. */
class ObjectiveLanguageTest {

    @Test
    void titleAndTextFollowTheLocale() {
        Objective objective = Fixtures.draft();

        assertEquals("Consolidarea apărării cibernetice naționale", objective.title(new Locale("ro", "MD")));
        assertEquals("Strengthen national cyber defence", objective.title(Locale.ENGLISH));
        assertEquals("Strengthen national cyber defence", objective.title(Locale.FRENCH));
        assertTrue(objective.text(new Locale("ro")).startsWith("Dezvoltarea"));
    }

    @Test
    void anUntranslatedTitleFallsBackToTheOtherLanguage() {
        Objective objective = Fixtures.draft();
        Fixtures.edit(objective, AUTHOR, new ObjectiveContent("Only English", null, null, null, Language.EN,
                SourceInstrument.PARP, Priority.MEDIUM, null, null, null));

        assertEquals("Only English", objective.title(new Locale("ro")));
        assertEquals("", objective.text(new Locale("ro")));
    }
}
