package md.itpp.web.i18n;

import java.util.Locale;
import java.util.MissingResourceException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;

import md.itpp.persistence.text.ServerTexts;

/**
 * Translated labels of enum constants, for pages: {@code #{labels.of(objective.status)}}.
 * The key is {@code enum.<SimpleName>.<CONSTANT>}, in the one labels bundle the server's mail and
 * documents read too ({@link ServerTexts#LABELS}); BundleCompletenessTest checks that every
 * constant of every domain enum has one in both languages.
 */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

    public String of(Enum<?> value) {
        return value == null ? "" : label(FacesContext.getCurrentInstance().getViewRoot().getLocale(), value);
    }

    /** The label of {@code value} in {@code locale}, for a bean that makes a page's texts; empty for none. */
    public static String label(Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return ServerTexts.label(locale, value);
        } catch (MissingResourceException e) {
            // A constant added without a label still shows, untranslated, rather than break the page.
            return value.name();
        }
    }

    public static String key(Enum<?> value) {
        return ServerTexts.labelKey(value);
    }
}
