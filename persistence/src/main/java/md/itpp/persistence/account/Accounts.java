package md.itpp.persistence.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import md.itpp.domain.account.Account;
import md.itpp.persistence.audit.RequestReads;

/**
 * The accounts, for the services and for scheduled work (which has no caller, hence no role):
 * reachable only from code.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private RequestReads requestReads;

    /** The account of that user name, enabled or not. */
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * What a signed-in caller's request needs of the account of that user name, as one row read
     * through the user name's unique index ({@link Account#CALLER_STATE}), not the entity with
     * its roles and institution (three queries): asked by the session check of every request
     * and by the services that need the caller's institution, read once per request until the
     * request changes something ({@link RequestReads}).
     */
    public Optional<CallerAccount> callerAccount(String username) {
        return requestReads.get("account." + username, () -> em.createNamedQuery(Account.CALLER_STATE, Tuple.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(row -> new CallerAccount(row.get(0, Boolean.class), row.get(1, Instant.class),
                        row.get(2, Boolean.class), row.get(3, Long.class), row.get(4, Boolean.class))));
    }

    /** The account of that user name, if it may act (is enabled). */
    public Optional<Account> findEnabled(String username) {
        return findByUsername(username).filter(Account::isEnabled);
    }
}
