package md.itpp.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Moments as the ministries read them: on Chisinau's clock, whatever the server's zone, in
 * the reader's language. Pages: {@code #{dates.dateTime(row.updatedAt, localeBean.locale)}}.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");

    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale == null ? Locale.ENGLISH : locale)
                .withZone(ZONE)
                .format(instant);
    }
}
