package md.itpp.persistence.programme;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import md.itpp.domain.objective.Language;

/**
 * The fixed wording of the programme document in its language (document.properties and
 * document_ro.properties next to this class). Times are written in UTC, as decisions are
 * recorded, and say so.
 */
final class DocumentText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;

    DocumentText(Language language) {
        Locale locale = language == Language.RO ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
        bundle = ResourceBundle.getBundle("md.itpp.persistence.programme.document", locale,
                DocumentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String of(Enum<?> value) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
