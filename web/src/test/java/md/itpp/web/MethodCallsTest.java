package md.itpp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.StandardELContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link MethodCalls} in the Expression Language that Payara runs (Expressly), chained before
 * the standard bean resolver as Faces chains the resolvers of faces-config.xml: the calls it
 * takes give what the standard resolver gives, and the ones it must not take (overloads,
 * varargs, lambdas) still work, through the standard resolver.
 */
class MethodCallsTest {

    public record Row(long id, String code, String titleEn, String titleRo) {

        public String title(Locale locale) {
            return "ro".equals(locale.getLanguage()) ? titleRo : titleEn;
        }

        public String label(int width) {
            return code + ":" + width;
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    public static class Overloads {

        public String of(String text) {
            return "text " + text;
        }

        public String of(Integer number) {
            return "number " + number;
        }

        public String join(String... parts) {
            return String.join("+", parts);
        }

        public static String twice(String text) {
            return text + text;
        }
    }

    private ELProcessor el;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        StandardELContext context = el.getELManager().getELContext();
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new MethodCalls());
        chain.add(new BeanELResolver());
        context.addELResolver(chain);
        el.defineBean("row", new Row(7, "SO-1", "Cyber defence", "Apărare cibernetică"));
        el.defineBean("overloads", new Overloads());
        el.defineBean("ro", Locale.forLanguageTag("ro"));
    }

    private Object eval(String expression) {
        return el.eval(expression);
    }

    @Test
    void callsARecordsAccessorAndAMethodWithArguments() {
        assertEquals("SO-1", eval("row.code()"));
        assertEquals(7L, eval("row.id()"));
        assertEquals("Apărare cibernetică", eval("row.title(ro)"));
        assertEquals("SO-1:3", eval("row.label('3')"), "the argument is coerced to the parameter's type, as EL does");
        assertTrue(MethodCalls.find(new Row(1, "", "", ""), "code", 0).isPresent());
    }

    @Test
    void leavesOverloadsAndVarargsToTheStandardResolver() {
        assertFalse(MethodCalls.find(new Overloads(), "of", 1).isPresent());
        assertFalse(MethodCalls.find(new Overloads(), "join", 1).isPresent());
        assertEquals("text x", eval("overloads.of('x')"));
        assertEquals("number 4", eval("overloads.of(4)"));
        assertEquals("a+b", eval("overloads.join('a', 'b')"));
        assertEquals("abab", eval("overloads.twice('ab')"));
    }

    @Test
    void callsOnTheJdksClassesGiveWhatTheyGaveBefore() {
        el.defineBean("day", LocalDate.of(2026, 12, 4));
        el.defineBean("codes", List.of("a", "b", "c"));
        assertEquals("2026-12-04", eval("day.toString()"));
        assertEquals(3, eval("codes.size()"), "an immutable list's class is not public: left to the standard resolver");
        assertEquals(2L, eval("codes.stream().filter(c -> c ne 'b').count()"), "a lambda argument is left to it too");
        assertTrue(MethodCalls.find(LocalDate.of(2026, 12, 4), "toString", 0).isPresent());
        assertFalse(MethodCalls.find(List.of("a", "b", "c"), "size", 0).isPresent());
    }

    @Test
    void anExceptionOfTheMethodIsAnElExceptionWithItsCause() {
        ELException thrown = assertThrows(ELException.class, () -> eval("row.fail()"));
        assertTrue(thrown.getCause() instanceof IllegalStateException, thrown.toString());
    }

    @Test
    void anUnknownMethodIsStillAnError() {
        assertThrows(ELException.class, () -> eval("row.nothing()"));
    }
}
