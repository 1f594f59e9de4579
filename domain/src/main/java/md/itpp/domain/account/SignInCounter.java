package md.itpp.domain.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Failed sign-ins counted under one key (a user name from an address, or an address alone), and
 * the lock they lead to. Kept in the database, so that every node of a cluster counts against
 * one allowance and a restart forgets nothing.
 * <p>
 * Failures count within a window that starts at the first one and lasts as long as a lock; at the
 * limit the key is locked for that long, from the failure that reached it. A window that ends
 * without a lock, or an ended lock, starts counting again from one. {@link #getExpiresAt()} is
 * when the row stops mattering, so that a cleanup can delete it.
 */
@Entity
@Table(name = "sign_in_counter")
@NamedQuery(name = SignInCounter.DELETE_EXPIRED,
        query = "delete from SignInCounter c where c.expiresAt <= :now")
@NamedQuery(name = SignInCounter.DELETE,
        query = "delete from SignInCounter c where c.key = :key")
@NamedQuery(name = SignInCounter.COUNT_LOCKED,
        query = "select count(c) from SignInCounter c where c.lockedUntil > :now")
public class SignInCounter {

    /** Parameter {@code now}: how many keys are locked at that moment. */
    public static final String COUNT_LOCKED = "SignInCounter.countLocked";

    /** Parameter {@code now}: removes the rows that no longer lock or count anything. */
    public static final String DELETE_EXPIRED = "SignInCounter.deleteExpired";
    /** Parameter {@code key}: forgets one key's failures (after a successful sign-in). */
    public static final String DELETE = "SignInCounter.delete";

    public static final int KEY_MAX = 200;

    @Id
    @Column(name = "counter_key", length = KEY_MAX)
    private String key;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInCounter() {
        // for JPA
    }

    /** The first failure under {@code key}: locks at once when the limit is one. */
    public SignInCounter(String key, Instant now, int limit, Duration lock) {
        if (key == null || key.isEmpty() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("A counter key has 1 to " + KEY_MAX + " characters");
        }
        if (limit < 1 || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("A limit of at least one and a positive lock");
        }
        this.key = key;
        restart(now, limit, lock);
    }

    /** One more failure at {@code now}; a locked key stays locked until its time, not longer. */
    public void fail(Instant now, int limit, Duration lock) {
        if (!now.isBefore(expiresAt)) {
            restart(now, limit, lock);
        } else if (lockedUntil == null) {
            failures++;
            if (failures >= limit) {
                lockedUntil = now.plus(lock);
                expiresAt = lockedUntil;
            }
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private void restart(Instant now, int limit, Duration lock) {
        windowStart = now;
        failures = 1;
        lockedUntil = limit <= 1 ? now.plus(lock) : null;
        expiresAt = now.plus(lock);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
