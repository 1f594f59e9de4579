package md.itpp.persistence.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import md.itpp.domain.consultation.Invitation;

/**
 * The application's clock: UTC, to the microsecond the database keeps, so that a time read back
 * equals the time written. Services inject {@link Clock} (produced here) instead of calling
 * {@link Instant#now()}, so that deadlines can be tested without waiting for them: a test moves
 * this clock forward with {@link #advance} and back with {@link #reset}. Nothing in the
 * application moves it; it is reachable only from code (CDI), not from pages or services.
 */
@ApplicationScoped
public class WorkbenchClock {

    /** The zone in which people read dates and times (Chișinău); the data stays in UTC. */
    public static final ZoneId PEOPLE = Invitation.ZONE;

    private final Adjustable clock = new Adjustable(Clock.systemUTC());

    /** The clock for injection: {@code @Inject Clock clock}. */
    @Produces
    public Clock clock() {
        return clock;
    }

    /** Now, as the application stores it. */
    public Instant now() {
        return clock.instant();
    }

    /** Moves the clock forward by {@code amount} (tests of deadlines). */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + amount);
        }
        clock.offset = clock.offset.plus(amount);
    }

    /** Back to the system's time. */
    public void reset() {
        clock.offset = Duration.ZERO;
    }

    /** The system clock, moved by an offset, truncated to microseconds. */
    private static final class Adjustable extends Clock {

        private final Clock system;
        private volatile Duration offset = Duration.ZERO;

        Adjustable(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset).truncatedTo(ChronoUnit.MICROS);
        }
    }
}
