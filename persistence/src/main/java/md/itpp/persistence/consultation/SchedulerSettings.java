package md.itpp.persistence.consultation;

import java.time.Duration;
import java.util.Map;

import md.itpp.persistence.config.EnvironmentNumber;

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
        int days = EnvironmentNumber.of(env, "ITPP_REMINDER_DAYS", DEFAULT_REMINDER_DAYS, 0, 60);
        int seconds = EnvironmentNumber.of(env, "ITPP_CONSULTATION_CHECK_SECONDS", DEFAULT_CHECK_SECONDS, 1, 3600);
        return new SchedulerSettings(days, Duration.ofSeconds(seconds));
    }
}
