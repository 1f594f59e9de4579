package md.itpp.persistence.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;

/**
 * The accounts, for the services and for scheduled work (which has no caller, hence no role):
 * reachable only from code.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /** The account of that user name, enabled or not. */
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The account of that user name, if it may act (is enabled). */
    public Optional<Account> findEnabled(String username) {
        return findByUsername(username).filter(Account::isEnabled);
    }
}
