package md.itpp.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

    @Test
    void sevenDaysUnlessTheEnvironmentSaysOtherwise() {
        assertEquals(7, ReminderSettings.from(Map.of()).days());
        assertEquals(7, ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", " ")).days());
        assertEquals(0, ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", "0")).days());
        assertEquals(60, ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", " 60 ")).days());
    }

    @Test
    void aValueOutOfRangeOrNotANumberStopsTheStart() {
        assertThrows(IllegalStateException.class,
                () -> ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", "-1")));
        assertThrows(IllegalStateException.class,
                () -> ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", "61")));
        assertThrows(IllegalStateException.class,
                () -> ReminderSettings.from(Map.of("ITPP_MONITORING_REMINDER_DAYS", "a week")));
    }
}
