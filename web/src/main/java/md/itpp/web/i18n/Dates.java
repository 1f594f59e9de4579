package md.itpp.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Moments as the ministries read and write them, in both languages: day, month, year and the
 * 24-hour clock ({@code 02.12.2026 08:09}), on Chisinau's clock whatever the server's zone, with
 * the zone named in the reader's language. Pages:
 * {@code #{dates.dateTime(row.updatedAt, localeBean.locale)}}.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");

    /** The one pattern for a moment, in every language. */
    public static final String PATTERN = "dd.MM.yyyy HH:mm";

    /** The one pattern for a day, in every language (date pickers use it too). */
    public static final String DATE_PATTERN = "dd.MM.yyyy";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN).withZone(ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    /** A day as dd.MM.yyyy; empty for none. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The time of day alone, for what happened minutes ago (an editor's autosave); empty for none. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return FORMAT.format(instant) + " (" + zoneName(locale) + ")";
    }

    /** "Chișinău time" or "ora Chișinăului", from the bundle. */
    public String zoneName(Locale locale) {
        return ResourceBundle.getBundle("md.itpp.web.i18n.messages", locale == null ? Locale.ENGLISH : locale)
                .getString("label.chisinauTime");
    }
}
