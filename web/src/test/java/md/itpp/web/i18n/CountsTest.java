package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELProcessor;

import org.junit.jupiter.api.Test;

import md.itpp.web.MethodCalls;

/**
 * {@link Counts} called as the tree and rounds pages call it, through the EL chain of
 * faces-config.xml with an int and a long argument, in both languages.
 */
class CountsTest {

    private static Object eval(Locale locale, String expression) {
        Counts counts = new Counts();
        counts.locale = () -> locale;
        ELProcessor el = new ELProcessor();
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new MethodCalls());
        chain.add(new BeanELResolver());
        el.getELManager().getELContext().addELResolver(chain);
        el.defineBean("counts", counts);
        el.defineBean("approved", 3);
        el.defineBean("total", 1234L);
        return el.eval(expression);
    }

    @Test
    void formatsTheMessageWithBothNumbersInThePagesLanguage() {
        assertEquals("3 of 1,234 goals approved",
                eval(Locale.ENGLISH, "counts.of('page.objectives.tree.goalsApproved', approved, total)"));
        assertEquals("3 din 1.234 obiective de parteneriat aprobate",
                eval(Locale.forLanguageTag("ro"), "counts.of('page.objectives.tree.goalsApproved', approved, total)"));
        assertEquals("12 of 40", eval(Locale.ENGLISH, "counts.of('page.consultation.rounds.submittedOf', 12, 40)"));
    }

    @Test
    void aFormatServesEveryRowOfTheRequest() {
        Counts counts = new Counts();
        counts.locale = () -> Locale.ENGLISH;
        assertEquals("1 of 2", counts.of("page.consultation.rounds.submittedOf", 1, 2));
        counts.locale = () -> {
            throw new AssertionError("the format was made again");
        };
        assertEquals("5 of 9", counts.of("page.consultation.rounds.submittedOf", 5, 9));
    }
}
