package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import md.itpp.domain.objective.Language;

/**
 * The fixed wording of the national report in its language (report.properties and
 * report_ro.properties next to this class). Times are written in UTC and say so.
 */
final class ReportText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;

    ReportText(Language language) {
        Locale locale = language == Language.RO ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
        bundle = ResourceBundle.getBundle("md.itpp.persistence.monitoring.report", locale,
                ReportText.class.getClassLoader(),
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
