package md.itpp.persistence.consultation;

import java.time.Duration;
import java.util.Map;

/**
 * How the deadline scheduler runs, from the server's environment:
 * {@code ITPP_REMINDER_DAYS} (default 3): institutions that have not submitted are reminded
 * this many days before the deadline (0 turns reminders off);
 * {@code ITPP_CONSULTATION_CHECK_SECONDS} (default 60): how often rounds past their deadline
 * are closed and due reminders sent.
 */
public record SchedulerSettings(int reminderDays, Duration checkInterval) {

    public static final int DEFAULT_REMINDER_DAYS = 3;
    public static final int DEFAULT_CHECK_SECONDS = 60;

    public static SchedulerSettings fromEnvironment() {
        return from(System.getenv());
    }

    static SchedulerSettings from(Map<String, String> env) {
        int days = number(env, "ITPP_REMINDER_DAYS", DEFAULT_REMINDER_DAYS, 0, 60);
        int seconds = number(env, "ITPP_CONSULTATION_CHECK_SECONDS", DEFAULT_CHECK_SECONDS, 1, 3600);
        return new SchedulerSettings(days, Duration.ofSeconds(seconds));
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new IllegalStateException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " is not a number: " + value, e);
        }
    }
}
