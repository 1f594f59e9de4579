package md.itpp.ear.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.audit.RequestReads;
import md.itpp.persistence.consultation.ConsultationDeadlines;

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

    @Inject
    private ConsultationDeadlines deadlines;

    @Inject
    private RequestReads requestReads;

    /**
     * A focal point's submission that loaded the invitation just before its reminder was
     * claimed: the reminder runs (and commits) in its own transaction in between, then the
     * position is written. The reminder's mark must survive the submission's update.
     */
    public void submitOverAReminder(long invitationId, Instant now) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (deadlines.remind(invitationId, now, "http://127.0.0.1") < 0) {
            throw new IllegalStateException("the reminder was claimed before the test");
        }
        Participant focalPoint = new Participant(new Actor("probe.focal", Set.of(Role.CONSULTEE),
                invitation.getInstitution().getId()), true);
        invitation.submit(focalPoint, PositionType.OBJECTION, "P-" + invitationId,
                LocalDate.ofInstant(now, Invitation.ZONE), now);
    }

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
        // The product records an audit event with every change, which makes the request read the
        // account anew; this probe records none, so it says so itself (a test method is one request).
        requestReads.forget();
    }

    public void dropActor() {
        em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", ACTOR)
                .getResultStream().findFirst().ifPresent(account -> {
                    em.createQuery("delete from Notification n where n.recipient = :account")
                            .setParameter("account", account).executeUpdate();
                    em.remove(account);
                });
        requestReads.forget();
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
