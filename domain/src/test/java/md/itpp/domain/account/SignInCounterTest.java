package md.itpp.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInCounterTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutesFromThatFailure() {
        SignInCounter counter = new SignInCounter("u:ana|10.0.0.1", at(0), 5, LOCK);
        for (int minute = 1; minute <= 3; minute++) {
            counter.fail(at(minute), 5, LOCK);
        }
        assertFalse(counter.isLockedAt(at(3)), "four failures do not lock");
        counter.fail(at(4), 5, LOCK);
        assertTrue(counter.isLockedAt(at(4)));
        assertTrue(counter.isLockedAt(at(18)), "locked until 10:19");
        assertFalse(counter.isLockedAt(at(19)), "the lock is temporary");
        assertEquals(at(19), counter.getExpiresAt());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        SignInCounter counter = new SignInCounter("k", at(0), 2, LOCK);
        counter.fail(at(1), 2, LOCK);
        counter.fail(at(10), 2, LOCK);
        assertEquals(at(16), counter.getLockedUntil());
        assertEquals(2, counter.getFailures());
    }

    @Test
    void failuresSpreadOverMoreThanAWindowDoNotAddUp() {
        SignInCounter counter = new SignInCounter("k", at(0), 5, LOCK);
        for (int i = 0; i < 3; i++) {
            counter.fail(at(1), 5, LOCK);
        }
        counter.fail(at(15), 5, LOCK);
        assertFalse(counter.isLockedAt(at(15)), "the window ended at 10:15: counting starts again");
        assertEquals(1, counter.getFailures());
        assertEquals(at(15), counter.getWindowStart());
    }

    @Test
    void afterALockEndsTheNextFailureCountsFromOne() {
        SignInCounter counter = new SignInCounter("k", at(0), 2, LOCK);
        counter.fail(at(1), 2, LOCK);
        counter.fail(at(16), 2, LOCK);
        assertFalse(counter.isLockedAt(at(16)));
        assertEquals(1, counter.getFailures());
    }

    @Test
    void aLimitOfOneLocksAtTheFirstFailure() {
        assertTrue(new SignInCounter("k", at(0), 1, LOCK).isLockedAt(at(0)));
    }

    @Test
    void keysAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new SignInCounter("", at(0), 5, LOCK));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInCounter("x".repeat(SignInCounter.KEY_MAX + 1), at(0), 5, LOCK));
    }
}
