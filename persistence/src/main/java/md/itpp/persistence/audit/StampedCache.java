package md.itpp.persistence.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.audit.AuditChainHead;

/**
 * Figures every page shows (the menu's task counts, the home page's counts by status), kept
 * between requests while the audit trail has not moved.
 * <p>
 * Every change of state in the Workbench records an audit event in the same transaction, and
 * every event moves the chain head; so a value computed when the head stood at event n is still
 * right while the head stands there, on this node and on any other (the head is read from the
 * database once per request, {@link RequestReads}: one primary-key read instead of the count
 * queries it saves, however many figures the page shows). The
 * lifetime bounds what the head cannot see: a deadline passing with no one acting. Callers use
 * it from read-only service calls, each its own transaction, so no value computed from a change
 * that later rolls back is kept.
 */
@ApplicationScoped
public class StampedCache {

    /** How long a value is kept at most, even when nothing was recorded. */
    static final Duration LIFETIME = Duration.ofSeconds(30);

    /** Beyond this many keys (one or two per signed-in user) the cache starts afresh. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long stamp, Instant computedAt, Object value) {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RequestReads requestReads;

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The value kept under {@code key} when it was computed at the current head of the audit
     * trail less than {@link #LIFETIME} ago, otherwise {@code compute}'s, which is then kept.
     * The key must name everything the value depends on besides the trail (the user, the
     * institution).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        long stamp = requestReads.get("audit.head",
                () -> em.createNamedQuery(AuditChainHead.LAST_NUMBER, Long.class).getSingleResult());
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.stamp() == stamp && entry.computedAt().plus(LIFETIME).isAfter(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(stamp, now, value));
        return value;
    }
}
