package md.itpp.persistence.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.ConfigProvider;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.persistence.audit.AuditTrail;

/**
 * Creates the first administrator of a new installation, once. A fresh deployment has no
 * accounts at all; IT sets itpp.admin.username and itpp.admin.password for the first start,
 * read through MicroProfile Config: a system property of that name, the environment
 * (ITPP_ADMIN_USERNAME, ITPP_ADMIN_PASSWORD) or a Payara password alias of that name, so the
 * password need not be in the server's environment. While any
 * administrator exists the settings are ignored, so leaving them set cannot reset anything.
 * The creation is an audit event like any other account's, by the actor {@value #ACTOR}.
 */
@Singleton
@Startup
public class AdministratorBootstrap {

    /** Who created the first administrator, in the audit trail: the installation itself. */
    public static final String ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail auditTrail;

    @PostConstruct
    void createFirstAdministrator() {
        Optional<String> username = setting("itpp.admin.username");
        Optional<String> password = setting("itpp.admin.password");
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        long administrators = em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (administrators > 0) {
            LOG.info("An administrator exists: ITPP_ADMIN_USERNAME is ignored");
            return;
        }
        Account administrator = new Account(username.get(), "Administrator", hasher.hash(password.get()),
                EnumSet.of(Role.ADMIN), null);
        em.persist(administrator);
        em.flush();
        auditTrail.record(ACTOR, "account.create", AccountService.AUDIT_TYPE, administrator.getId(), null,
                AccountService.state(administrator));
        LOG.info(() -> "Created the first administrator account " + username.get());
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
