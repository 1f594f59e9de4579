package md.itpp.persistence.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;

/** Account administration, for IT staff. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    public List<Account> accounts() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
    }
}
