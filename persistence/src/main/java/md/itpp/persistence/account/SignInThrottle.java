package md.itpp.persistence.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.SignInCounter;

/**
 * Counts failed sign-ins and locks further attempts for a while, for every node of a cluster at
 * once: the counts are rows of the database ({@link SignInCounter}), so one allowance holds across
 * nodes and restarts.
 * <p>
 * Two counters: per user name and address, so that guessing one account's password from one
 * place stops after {@value #MAX_FAILURES_PER_ACCOUNT} failures; and per address, so that trying
 * one password against many accounts stops too. Counting by user name alone would let anyone
 * lock any user out; with the address in the key, a legitimate user elsewhere can still sign in.
 * Locks last {@link #LOCK}, then the count starts again.
 * <p>
 * Each count commits in a transaction of its own, whatever happens to the sign-in around it. Two
 * nodes counting the same key at once are serialised by a row lock; when neither finds a row, one
 * insert wins and the other counts on the winner's row. Rows that no longer count or lock are
 * deleted every half hour, so invented names cost an attacker a row each only for a while.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** What a key keeps of a typed name and of an address, so that it fits its column. */
    static final int NAME_IN_KEY = 150;
    static final int ADDRESS_IN_KEY = 45;

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Whether sign-ins as {@code username} from {@code address} are refused for now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(accountKey(username, address), now) || locked(addressKey(address), now);
    }

    /** One failed sign-in as {@code username} from {@code address}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        SignInThrottle self = context.getBusinessObject(SignInThrottle.class);
        count(self, accountKey(username, address), MAX_FAILURES_PER_ACCOUNT, now);
        count(self, addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
    }

    /** A success clears the account's count from that address (not the address's own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        em.createNamedQuery(SignInCounter.DELETE).setParameter("key", accountKey(username, address))
                .executeUpdate();
    }

    /** The first failure under a key, in a transaction of its own: another node may insert it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(String key, int limit, Instant now) {
        em.persist(new SignInCounter(key, now, limit, LOCK));
        em.flush();
    }

    /** Forgets counters that no longer lock or count anything, on every node (deleting twice is harmless). */
    @Schedule(minute = "*/30", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deleteExpired() {
        em.createNamedQuery(SignInCounter.DELETE_EXPIRED).setParameter("now", clock.instant()).executeUpdate();
    }

    private boolean locked(String key, Instant now) {
        SignInCounter counter = em.find(SignInCounter.class, key);
        return counter != null && counter.isLockedAt(now);
    }

    private void count(SignInThrottle self, String key, int limit, Instant now) {
        SignInCounter counter = em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            counter.fail(now, limit, LOCK);
            return;
        }
        try {
            self.insert(key, limit, now);
        } catch (EJBException insertedByAnotherNode) {
            // The key's row appeared between the read and the insert: count on it.
            em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE).fail(now, limit, LOCK);
        }
    }

    static String accountKey(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "u:" + cut(name, NAME_IN_KEY) + "|" + cut(address, ADDRESS_IN_KEY);
    }

    static String addressKey(String address) {
        return "a:" + cut(address, ADDRESS_IN_KEY);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
