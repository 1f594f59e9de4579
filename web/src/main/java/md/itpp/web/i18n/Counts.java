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
 * A message of two numbers on a table's rows, in the page's language:
 * {@code #{counts.of('page.objectives.tree.goalsApproved', approved, total)}} for "3 of 5 goals
 * approved". Each message's format is made once a request, where {@code h:outputFormat} parsed
 * its pattern (and made its number formats) again on every row, as three components per row.
 */
@Named("counts")
@RequestScoped
public class Counts {

    private final Map<String, MessageFormat> formats = new HashMap<>();

    /** The page's language (the view's locale); given by the tests. */
    Supplier<Locale> locale = () -> FacesContext.getCurrentInstance().getViewRoot().getLocale();

    public String of(String key, long first, long second) {
        return formats.computeIfAbsent(key, this::format).format(new Object[] {first, second});
    }

    private MessageFormat format(String key) {
        Locale language = locale.get();
        return new MessageFormat(ResourceBundle.getBundle(Messages.BUNDLE, language).getString(key), language);
    }
}
