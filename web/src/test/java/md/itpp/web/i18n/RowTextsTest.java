package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELProcessor;

import org.junit.jupiter.api.Test;

import md.itpp.web.MethodCalls;

/**
 * {@link RowTexts} called as the tree and rounds pages call it, through the EL chain of
 * faces-config.xml with an int and a long argument, in both languages, and with text.
 */
class RowTextsTest {

    private static Object eval(Locale locale, String expression) {
        RowTexts counts = new RowTexts();
        counts.locale = () -> locale;
        ELProcessor el = new ELProcessor();
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new MethodCalls());
        chain.add(new BeanELResolver());
        el.getELManager().getELContext().addELResolver(chain);
        el.defineBean("rowTexts", counts);
        el.defineBean("approved", 3);
        el.defineBean("total", 1234L);
        return el.eval(expression);
    }

    @Test
    void formatsTheMessageWithBothNumbersInThePagesLanguage() {
        assertEquals("3 of 1,234 goals approved",
                eval(Locale.ENGLISH, "rowTexts.of('page.objectives.tree.goalsApproved', approved, total)"));
        assertEquals("3 din 1.234 obiective de parteneriat aprobate",
                eval(Locale.forLanguageTag("ro"), "rowTexts.of('page.objectives.tree.goalsApproved', approved, total)"));
        assertEquals("12 of 40", eval(Locale.ENGLISH, "rowTexts.of('page.consultation.rounds.submittedOf', 12, 40)"));
    }

    @Test
    void formatsTextArgumentsAndShowsAMissingOneAsEmpty() {
        assertEquals("letter no. 12/3 of 05.11.2026", eval(Locale.ENGLISH,
                "rowTexts.of('page.consultation.round.letter', '12/3', '05.11.2026')"));
        assertEquals("scrisoarea nr. 12/3 din ", eval(Locale.forLanguageTag("ro"),
                "rowTexts.of('page.consultation.round.letter', '12/3', null)"));
        assertEquals("Revision 3, SHA-256 ab12", eval(Locale.ENGLISH,
                "rowTexts.of('page.consultation.round.revision', approved, 'ab12')"));
    }

    @Test
    void aFormatServesEveryRowOfTheRequestInItsLanguage() {
        RowTexts counts = new RowTexts();
        Locale[] page = {Locale.ENGLISH};
        counts.locale = () -> page[0];
        assertEquals("1 of 2", counts.of("page.consultation.rounds.submittedOf", 1, 2));
        assertEquals("5 of 9", counts.of("page.consultation.rounds.submittedOf", 5, 9));
        assertEquals(1, counts.formats.size(), "one format for every row");
        // The language buttons post the page: rows asked for after the switch are in the new language.
        page[0] = Locale.forLanguageTag("ro");
        assertEquals("5 din 9", counts.of("page.consultation.rounds.submittedOf", 5, 9));
        assertEquals(2, counts.formats.size());
    }
}
