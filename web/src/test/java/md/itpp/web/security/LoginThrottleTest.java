package md.itpp.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @BeforeEach
    void clock() {
        throttle.useClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveFailuresLockThatUserFromThatAddressForFifteenMinutes() {
        fail("ana", "10.0.0.1", 4);
        assertFalse(throttle.isLocked("ana", "10.0.0.1"));
        fail("ana", "10.0.0.1", 1);
        assertTrue(throttle.isLocked("ana", "10.0.0.1"));
        assertTrue(throttle.isLocked("ANA ", "10.0.0.1"), "names compare as the login does");
        assertFalse(throttle.isLocked("ana", "10.0.0.2"), "the user can still sign in elsewhere");
        assertFalse(throttle.isLocked("ion", "10.0.0.1"));
        now = now.plus(Duration.ofMinutes(14));
        assertTrue(throttle.isLocked("ana", "10.0.0.1"));
        now = now.plus(Duration.ofMinutes(1));
        assertFalse(throttle.isLocked("ana", "10.0.0.1"), "the lock is temporary");
    }

    @Test
    void failuresSpreadOverTimeDoNotAddUp() {
        fail("ana", "10.0.0.1", 4);
        now = now.plus(LoginThrottle.LOCK);
        fail("ana", "10.0.0.1", 4);
        assertFalse(throttle.isLocked("ana", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        fail("ana", "10.0.0.1", 4);
        throttle.succeeded("ana", "10.0.0.1");
        fail("ana", "10.0.0.1", 4);
        assertFalse(throttle.isLocked("ana", "10.0.0.1"));
    }

    @Test
    void oneAddressTryingManyNamesIsLockedToo() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.isLocked("someone.new", "10.0.0.9"));
        assertFalse(throttle.isLocked("someone.new", "10.0.0.8"));
    }
}
