package md.itpp.ear.services;

import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.reference.Institution;

/**
 * Test only, added to the EJB module. The run-as principal of {@link RunAsRole.AsConsultee} is
 * named {@code CONSULTEE}; giving that name an account makes the services see a consultee of a
 * chosen institution, as expert or focal point. {@link #dropActor()} removes it again, so that
 * other test classes meet the principal without an institution, as before.
 */
@Stateless
@PermitAll
public class ConsultationProbe {

    public static final String ACTOR = "CONSULTEE";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    public void actAs(String institutionCode, boolean focalPoint) {
        Institution institution = em.createNamedQuery(Institution.FIND_BY_CODE, Institution.class)
                .setParameter("code", institutionCode).getSingleResult();
        Account account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", ACTOR).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new Account(ACTOR, "Test consultee", "not-a-hash", EnumSet.of(Role.CONSULTEE), institution);
            em.persist(account);
        }
        account.changeFocalPoint(false);
        account.changeInstitution(institution);
        account.changeFocalPoint(focalPoint);
    }

    public void dropActor() {
        em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", ACTOR)
                .getResultStream().findFirst().ifPresent(account -> {
                    em.createQuery("delete from Notification n where n.recipient = :account")
                            .setParameter("account", account).executeUpdate();
                    em.remove(account);
                });
    }

    /** How many notices with this key the account got whose arguments mention {@code text}. */
    public long notices(String username, String messageKey, String text) {
        return em.createQuery("select n from Notification n where n.recipient.username = :username"
                        + " and n.messageKey = :key", md.itpp.domain.notification.Notification.class)
                .setParameter("username", username).setParameter("key", messageKey).getResultStream()
                .filter(n -> n.getArguments().contains(text)).count();
    }

    /** The mail addresses of the institution's consultees (who get reminders). */
    public List<String> consulteeMails(String institutionCode) {
        Institution institution = em.createNamedQuery(Institution.FIND_BY_CODE, Institution.class)
                .setParameter("code", institutionCode).getSingleResult();
        return em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", institution.getId()).getResultStream()
                .map(Account::getEmail).filter(java.util.Objects::nonNull).toList();
    }
}
