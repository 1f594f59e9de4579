package md.itpp.persistence.text;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import md.itpp.domain.Bilingual;
import md.itpp.persistence.time.WorkbenchClock;

/**
 * One bundle of server-side texts in one reader's language. Bundles are properties files in
 * UTF-8 whose base file is English and whose {@code _ro} file is Romanian; a reader of any
 * other language reads English (no fallback to the server's default locale).
 */
public final class ServerTexts {

    /** The bundle of every enum constant's label. */
    public static final String LABELS = "md.itpp.persistence.text.labels";

    private static final DateTimeFormatter PEOPLE_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(WorkbenchClock.PEOPLE);
    private static final DateTimeFormatter PEOPLE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(WorkbenchClock.PEOPLE);
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ServerTexts(String baseName, Locale locale) {
        this.locale = Bilingual.localeOf(locale);
        this.bundle = ResourceBundle.getBundle(baseName,
                Bilingual.isRomanian(locale) ? Bilingual.ROMANIAN : Locale.ROOT, ServerTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle {@code baseName} (e.g. {@code md.itpp.persistence.consultation.texts}) for a reader of {@code locale}. */
    public static ServerTexts of(String baseName, Locale locale) {
        return new ServerTexts(baseName, locale);
    }

    /** The text of {@code key}, its placeholders filled; a text without arguments is used as written. */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** An enum constant's label in {@code locale}, or {@code ""} for none. */
    public static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : of(LABELS, locale).text(labelKey(value));
    }

    /** {@code enum.<SimpleName>.<CONSTANT>}. */
    public static String labelKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** A moment as people read it: date and time in Chișinău (e.g. a deadline). */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : PEOPLE_DATE_TIME.format(instant);
    }

    /** The day of a moment in Chișinău (e.g. a due date). */
    public static String date(Instant instant) {
        return instant == null ? "" : PEOPLE_DATE.format(instant);
    }

    /** A calendar day as people in Chișinău write it, e.g. 11.03.2026 (a Government decision's date). */
    public static String date(LocalDate day) {
        return day == null ? "" : PEOPLE_DATE.format(day);
    }

    /** A moment as a record keeps it: UTC, and saying so (e.g. when a decision was made). */
    public static String recorded(Instant instant) {
        return instant == null ? "" : RECORDED.format(instant);
    }
}
