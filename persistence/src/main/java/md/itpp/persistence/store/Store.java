package md.itpp.persistence.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

import md.itpp.domain.BusinessException;
import md.itpp.domain.ConcurrentChangeException;

/**
 * Writes the pending changes of the caller's transaction now, so that a write that lost a race
 * shows here, as a domain exception the page can translate, rather than at commit as a server
 * error. Services call it after the one domain call of a command and before the audit event.
 */
@ApplicationScoped
public class Store {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /** Stores a new aggregate and writes it at once. */
    public void add(Object entity, Supplier<? extends BusinessException> onConflict,
                    Map<String, Supplier<? extends BusinessException>> onConstraint) {
        em.persist(entity);
        flush(onConflict, onConstraint);
    }

    /** @see #flush(Supplier, Map) */
    public void flush(ConcurrentChangeException.Kind kind, String label) {
        flush(() -> new ConcurrentChangeException(kind, label), Map.of());
    }

    /**
     * Flushes.
     *
     * @param onConflict   what a lost optimistic or pessimistic lock means to the caller
     * @param onConstraint by unique constraint name (as in the migrations, any case): what its
     *                     breach means; the breach of any other constraint is rethrown as is
     */
    public void flush(Supplier<? extends BusinessException> onConflict,
                      Map<String, Supplier<? extends BusinessException>> onConstraint) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException
                 | StaleStateException e) {
            throw onConflict.get();
        } catch (PersistenceException e) {
            for (Map.Entry<String, Supplier<? extends BusinessException>> entry : onConstraint.entrySet()) {
                if (violates(e, entry.getKey())) {
                    throw entry.getValue().get();
                }
            }
            throw e;
        }
    }

    /**
     * Refuses to act on an object the caller's page showed at another version.
     *
     * @throws BusinessException the caller's, when {@code actual != expected}
     */
    public static void checkVersion(long actual, long expected, Supplier<? extends BusinessException> onConflict) {
        if (actual != expected) {
            throw onConflict.get();
        }
    }

    /** Whether the failure is a breach of the named constraint (names differ in case by database). */
    static boolean violates(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
