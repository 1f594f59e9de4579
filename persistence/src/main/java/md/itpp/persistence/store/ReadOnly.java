package md.itpp.persistence.store;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.stat.SessionStatistics;

/**
 * A read that loads many entities only to turn them into values (a round's page of fifty
 * comments, each with its invitation, institution and objective), run so that Hibernate keeps
 * no copy of their state to compare and flushes nothing: neither before each later query of the
 * read nor at the end of the transaction, which otherwise compare every entity loaded with its
 * copy (a round's page: 7 % of its CPU).
 * <p>
 * Safe whatever transaction the caller is in: the read is done so only when the transaction's
 * persistence context holds nothing yet (a service call of its own, as every page's read is),
 * and the persistence context is cleared after it, so that no entity read without its copy
 * stays for a later change in the same transaction to be lost on (a caller in a transaction
 * that already holds entities gets a plain read). What the read returns must therefore be
 * values, or entities the caller only reads, with all it reads of them loaded inside the read:
 * they come back detached, as after the end of any transaction (an objective's page).
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** {@code read}'s result, read as above. */
    public static <T> T read(EntityManager em, Supplier<T> read) {
        Session session = em.unwrap(Session.class);
        SessionStatistics held = session.getStatistics();
        if (held.getEntityCount() > 0 || held.getCollectionCount() > 0) {
            return read.get();
        }
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            return read.get();
        } finally {
            session.clear();
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }
}
