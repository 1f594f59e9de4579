package md.itpp.persistence.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {

    @Test
    void defaultsAreThreeDaysAndOneMinute() {
        SchedulerSettings settings = SchedulerSettings.from(Map.of());
        assertEquals(3, settings.reminderDays());
        assertEquals(Duration.ofSeconds(60), settings.checkInterval());
    }

    @Test
    void valuesFromTheEnvironmentAreChecked() {
        assertEquals(0, SchedulerSettings.from(Map.of("ITPP_REMINDER_DAYS", "0")).reminderDays());
        assertEquals(Duration.ofSeconds(5),
                SchedulerSettings.from(Map.of("ITPP_CONSULTATION_CHECK_SECONDS", "5")).checkInterval());
        assertThrows(IllegalStateException.class, () -> SchedulerSettings.from(Map.of("ITPP_REMINDER_DAYS", "-1")));
        assertThrows(IllegalStateException.class, () -> SchedulerSettings.from(Map.of("ITPP_REMINDER_DAYS", "three")));
    }
}
