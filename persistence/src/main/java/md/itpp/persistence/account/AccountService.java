package md.itpp.persistence.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import md.itpp.domain.ConcurrentChangeException;
import md.itpp.domain.ConcurrentChangeException.Kind;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.store.LikePatterns;
import md.itpp.persistence.store.Store;

/**
 * Account administration, for IT staff: create, edit, deactivate and reactivate, reset
 * passwords. Every act is an audit event with the account's state before and after (never a
 * password or a hash). Administrators cannot deactivate their own account or drop their own
 * ADMIN role, so that an installation cannot lose its last way in by a slip.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountService {

    /** The object type of accounts in the audit trail. */
    public static final String AUDIT_TYPE = "Account";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Store store;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    public List<Account> accounts() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
    }

    /** How many accounts {@code filter} finds. */
    public long count(AccountFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(conditions(cb, account, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The accounts {@code filter} finds, by username, {@code max} of them from {@code first}
     * (0-based), with their institutions and roles: one page of the accounts page.
     */
    public List<Account> find(AccountFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> page = cb.createQuery(Long.class);
        Root<Account> account = page.from(Account.class);
        page.select(account.get("id")).where(conditions(cb, account, filter)).orderBy(cb.asc(account.get("username")));
        List<Long> ids = em.createQuery(page).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // The page's accounts by id, with their institutions and roles in the same query.
        return em.createNamedQuery(Account.FIND_BY_IDS, Account.class).setParameter("ids", ids).getResultList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Account> account, AccountFilter filter) {
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        List<Predicate> where = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            String pattern = LikePatterns.containing(f.text().strip().toLowerCase(Locale.ROOT));
            where.add(cb.or(
                    cb.like(cb.lower(account.get("username")), pattern, '\\'),
                    cb.like(cb.lower(account.get("displayName")), pattern, '\\'),
                    cb.like(cb.lower(account.get("email")), pattern, '\\')));
        }
        if (f.role() != null) {
            where.add(cb.isMember(f.role(), account.get("roles")));
        }
        if (f.institutionId() != null) {
            where.add(cb.equal(account.get("institution").get("id"), f.institutionId()));
        }
        if (f.enabled() != null) {
            where.add(cb.equal(account.get("enabled"), f.enabled()));
        }
        return where.toArray(Predicate[]::new);
    }

    public Account getAccount(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountException.NotFound(id);
        }
        return account;
    }

    /**
     * A new account with a first password that the user must change at the first login.
     *
     * @return the new account's id
     */
    public long create(String username, AccountForm form, String firstPassword) {
        Actor actor = callers.currentActor();
        if (form == null) {
            throw ValidationException.required("displayName");
        }
        String hash = hasher.hash(firstPassword);
        Account account = new Account(username, form.displayName(), hash, form.roles(), institution(form.institutionId()));
        if (accounts.findByUsername(account.getUsername()).isPresent()) {
            throw new AccountException.UsernameTaken(account.getUsername());
        }
        account.resetPassword(hash, clock.instant());
        account.changeEmail(form.email());
        account.changeFocalPoint(form.focalPoint());
        em.persist(account);
        em.flush();
        auditTrail.record(actor.username(), "account.create", AUDIT_TYPE, account.getId(), null, state(account));
        return account.getId();
    }

    /** Name, roles and institution, over the version the form loaded. */
    public void update(long id, long expectedVersion, AccountForm form) {
        Actor actor = callers.currentActor();
        Account account = load(id, expectedVersion);
        if (form == null) {
            throw ValidationException.required("displayName");
        }
        if (account.getUsername().equals(actor.username()) && form.roles() != null
                && !form.roles().contains(Role.ADMIN)) {
            throw new AccountException.NotYourself();
        }
        String before = state(account);
        account.changeDisplayName(form.displayName());
        account.changeRoles(form.roles());
        account.changeInstitution(institution(form.institutionId()));
        account.changeEmail(form.email());
        account.changeFocalPoint(form.focalPoint());
        store.flush(Kind.ACCOUNT, account.getUsername());
        auditTrail.record(actor.username(), "account.update", AUDIT_TYPE, id, before, state(account));
    }

    /** Disables the account and ends its open sessions, on every node, at their next request. */
    public void deactivate(long id) {
        Actor actor = callers.currentActor();
        Account account = getAccount(id);
        if (account.getUsername().equals(actor.username())) {
            throw new AccountException.NotYourself();
        }
        String before = state(account);
        account.deactivate(clock.instant());
        auditTrail.record(actor.username(), "account.deactivate", AUDIT_TYPE, id, before, state(account));
    }

    public void activate(long id) {
        Actor actor = callers.currentActor();
        Account account = getAccount(id);
        String before = state(account);
        account.enable();
        auditTrail.record(actor.username(), "account.activate", AUDIT_TYPE, id, before, state(account));
    }

    /** Sets a password the user must change at the next login; open sessions end. */
    public void resetPassword(long id, String newPassword) {
        Actor actor = callers.currentActor();
        Account account = getAccount(id);
        String before = state(account);
        account.resetPassword(hasher.hash(newPassword), clock.instant());
        auditTrail.record(actor.username(), "account.resetPassword", AUDIT_TYPE, id, before, state(account));
    }

    private Account load(long id, long expectedVersion) {
        Account account = getAccount(id);
        Store.checkVersion(account.getVersion(), expectedVersion,
                () -> new ConcurrentChangeException(Kind.ACCOUNT, account.getUsername()));
        return account;
    }

    private Institution institution(Long id) {
        if (id == null) {
            return null;
        }
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw ValidationException.invalid("institution");
        }
        return institution;
    }

    /** What the audit trail keeps of an account: never the password hash. */
    static String state(Account account) {
        Set<Role> roles = account.getRoles();
        return AuditJson.object("username", account.getUsername(), "displayName", account.getDisplayName(),
                "roles", roles, "institution",
                account.getInstitution() == null ? null : account.getInstitution().getCode(),
                "enabled", account.isEnabled(), "passwordChangeRequired", account.isPasswordChangeRequired(),
                "email", account.getEmail(), "focalPoint", account.isFocalPoint());
    }
}
