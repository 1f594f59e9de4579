package md.itpp.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts failed logins and locks further attempts for a while.
 * <p>
 * Two counters: per user name and address, so that guessing one account's password from one
 * place stops after {@value #MAX_FAILURES_PER_ACCOUNT} failures; and per address, so that trying
 * one password against many accounts stops too. Counting by user name alone would let anyone
 * lock any user out; with the address in the key, a legitimate user elsewhere can still sign in.
 * Locks last {@link #LOCK}, then the count starts again.
 * <p>
 * Limitation: the counts live in this node's memory. With two nodes an attacker gets the
 * allowance once per node, and a restart clears them. That still bounds guessing to a handful
 * of attempts per quarter hour per node, far below what PBKDF2's cost allows anyway.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make this use with invented names. */
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** For tests: a clock they move. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(accountKey(username, address), now) || locked(addressKey(address), now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (counters.size() > MAX_ENTRIES) {
            prune(now);
        }
        count(accountKey(username, address), MAX_FAILURES_PER_ACCOUNT, now);
        count(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
    }

    /** A success clears the account's count from that address (not the address's own). */
    public void succeeded(String username, String address) {
        counters.remove(accountKey(username, address));
    }

    private boolean locked(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter != null && counter.lockedUntil != null && now.isBefore(counter.lockedUntil);
    }

    private void count(String key, int limit, Instant now) {
        counters.compute(key, (k, old) -> {
            if (old == null || old.expired(now)) {
                return new Counter(now, 1, limit <= 1 ? now.plus(LOCK) : null);
            }
            if (old.lockedUntil != null) {
                return old;
            }
            int failures = old.failures + 1;
            return new Counter(old.since, failures, failures >= limit ? now.plus(LOCK) : null);
        });
    }

    private void prune(Instant now) {
        counters.values().removeIf(counter -> counter.expired(now));
    }

    private static String accountKey(String username, String address) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /**
     * Failures counted since the first one of a window of {@link #LOCK}; at the limit, a lock
     * until a fixed time. A window without a lock, or an ended lock, starts counting again.
     */
    private record Counter(Instant since, int failures, Instant lockedUntil) {
        boolean expired(Instant now) {
            return lockedUntil == null ? !now.isBefore(since.plus(LOCK)) : !now.isBefore(lockedUntil);
        }
    }
}
