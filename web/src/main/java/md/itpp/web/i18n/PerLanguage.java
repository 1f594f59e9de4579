package md.itpp.web.i18n;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a request-scoped bean shows in the reader's language (a table's rows with their labels
 * and dates), made at most once per request and language. Once, because a page asks for its rows
 * several times while it is processed and rendered; per language, because the language buttons
 * post the page they are on: the rows asked for while the post was decoded are in the language
 * before the switch, and the page is then rendered in the new one.
 *
 * @param <T> what is made
 */
public final class PerLanguage<T> {

    private final Function<Locale, T> make;
    private Locale madeIn;
    private T made;

    public PerLanguage(Function<Locale, T> make) {
        this.make = Objects.requireNonNull(make);
    }

    /** What was made in {@code locale}, made now if it was not yet, or was made in another language. */
    public T in(Locale locale) {
        if (made == null || !locale.equals(madeIn)) {
            made = make.apply(locale);
            madeIn = locale;
        }
        return made;
    }
}
