package md.itpp.web.i18n;

import java.util.MissingResourceException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Translated labels of enum constants, for pages: {@code #{labels.of(objective.status)}}.
 * The key is {@code enum.<SimpleName>.<CONSTANT>}; BundleCompletenessTest checks that every
 * constant of the enums pages show has one in every language.
 */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return Messages.text(key(value));
        } catch (MissingResourceException e) {
            // A constant added without a label still shows, untranslated, rather than break the page.
            return value.name();
        }
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
