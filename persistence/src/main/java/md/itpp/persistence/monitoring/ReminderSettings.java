package md.itpp.persistence.monitoring;

import java.util.Map;

import md.itpp.persistence.config.EnvironmentNumber;

/**
 * How many days before the institutions' deadline of a reporting period the institutions that
 * have not submitted are reminded, from the server's environment:
 * {@code ITPP_MONITORING_REMINDER_DAYS} (default 7, 0 turns these reminders off). The reminders
 * are sent by the same timer as the consultation's, every {@code ITPP_CONSULTATION_CHECK_SECONDS}.
 */
public record ReminderSettings(int days) {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 60;
    static final String VARIABLE = "ITPP_MONITORING_REMINDER_DAYS";

    public static ReminderSettings fromEnvironment() {
        return from(System.getenv());
    }

    static ReminderSettings from(Map<String, String> env) {
        return new ReminderSettings(EnvironmentNumber.of(env, VARIABLE, DEFAULT_DAYS, 0, MAX_DAYS));
    }
}
