package md.itpp.persistence.consultation;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import md.itpp.domain.consultation.Invitation;

/**
 * Texts the services write themselves, outside any page: mail and the exported table. They
 * live in this module's bundle ({@code texts.properties}, {@code texts_ro.properties}) because
 * the web module's bundles are not visible here.
 */
final class ConsultationTexts {

    static final Locale ROMANIAN = Locale.forLanguageTag("ro");
    private static final String BUNDLE = "md.itpp.persistence.consultation.texts";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ConsultationTexts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isRomanian(locale) ? ROMANIAN : Locale.ROOT,
                ConsultationTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An enum constant's label, key {@code enum.<SimpleName>.<CONSTANT>}. */
    static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static boolean isRomanian(Locale locale) {
        return locale != null && "ro".equals(locale.getLanguage());
    }

    /** The deadline as the institutions read it: Chișinău time. */
    static String deadline(Instant deadline) {
        return DEADLINE.format(deadline.atZone(Invitation.ZONE));
    }
}
