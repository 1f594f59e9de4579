package md.itpp.web.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * A message with two arguments on a table's rows, in the page's language:
 * {@code #{rowTexts.of('page.objectives.tree.goalsApproved', approved, total)}} for "3 of 5 goals
 * approved", {@code #{rowTexts.of('page.consultation.round.letter', number, date)}} for "letter no.
 * 12/3 of 05.11.2026". Each message's format is made once a request, where {@code h:outputFormat}
 * parsed its pattern (and made its number formats) again on every row, as three components per
 * row (a round's page of fifty comments cost 7-10 % less without its two such lines at all).
 */
@Named("rowTexts")
@RequestScoped
public class RowTexts {

    /** The formats made in this request; seen by the tests. */
    final Map<Format, MessageFormat> formats = new HashMap<>();

    /** The page's language (the view's locale); given by the tests. */
    Supplier<Locale> locale = () -> FacesContext.getCurrentInstance().getViewRoot().getLocale();

    /** A message's format in one language: a language switch posts the page, which then renders in the new one. */
    record Format(String key, Locale language) {
    }

    /** The message of {@code key} with its two arguments (numbers, text); a null argument shows as empty. */
    public String of(String key, Object first, Object second) {
        return formats.computeIfAbsent(new Format(key, locale.get()), RowTexts::format)
                .format(new Object[] {first == null ? "" : first, second == null ? "" : second});
    }

    private static MessageFormat format(Format format) {
        return new MessageFormat(ResourceBundle.getBundle(Messages.BUNDLE, format.language()).getString(format.key()),
                format.language());
    }
}
