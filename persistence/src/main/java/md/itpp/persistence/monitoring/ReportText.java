package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import md.itpp.domain.Bilingual;
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
        Locale locale = language == Language.RO ? Bilingual.ROMANIAN : Locale.ENGLISH;
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

    /** "80.0 %", or "no data" where there is none. */
    String percent(String value) {
        return value == null || value.isEmpty() ? get("noData") : value + " %";
    }

    /** The progress shown, and whether computed or set by hand (with the computed figure and the reason). */
    String progress(NationalReport.Objective o) {
        String shown = percent(o.progress());
        return o.overrideReason() == null ? shown + " (" + get("computed") + ")"
                : shown + " (" + get("setByHand") + "; " + get("computed") + ": " + percent(o.computed()) + "; "
                + get("reason") + ": " + o.overrideReason() + ")";
    }

    /** The reporting institution, the report's state and who submitted it when. */
    String reportedBy(NationalReport.Objective o) {
        return get("institution") + ": " + o.institution() + "; " + get("reportState") + ": " + o.state()
                + (o.submittedBy() == null ? "" : "; " + get("submitted") + ": " + submitted(o));
    }

    /** "focal.ma, 2025-12-20 09:00 UTC", or empty where not submitted. */
    static String submitted(NationalReport.Objective o) {
        return o.submittedBy() == null ? "" : o.submittedBy() + ", " + utc(o.submittedAt());
    }

    /** The document's title: "National progress report 2025". */
    String documentTitle(NationalReport report) {
        return get("title") + " " + report.year();
    }

    /** Objectives and, after each, its goals, in the report's order. */
    static java.util.List<NationalReport.Objective> withGoals(java.util.List<NationalReport.Objective> objectives) {
        java.util.List<NationalReport.Objective> all = new java.util.ArrayList<>();
        for (NationalReport.Objective o : objectives) {
            all.add(o);
            all.addAll(o.goals());
        }
        return all;
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
