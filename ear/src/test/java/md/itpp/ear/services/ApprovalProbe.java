package md.itpp.ear.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.notification.Notification;
import md.itpp.domain.objective.Objective;
import md.itpp.persistence.approval.TaskAssigned;

/**
 * Test only, added to the EJB module: accounts for the run-as principals (so that an
 * administrator can name them in a chain), lifecycle steps that belong to other features'
 * services (consultation, withdrawal), and a record of the {@link TaskAssigned} events fired.
 */
@Singleton
@PermitAll
public class ApprovalProbe {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    private final List<TaskAssigned> events = Collections.synchronizedList(new ArrayList<>());

    public void ensureAccount(String username, Role... roles) {
        if (em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            em.persist(new Account(username, username, "not-a-password-hash", EnumSet.copyOf(Set.of(roles)), null));
        }
    }

    public void openConsultation(long objectiveId) {
        em.find(Objective.class, objectiveId).openConsultation(negotiator());
    }

    public void closeConsultation(long objectiveId) {
        em.find(Objective.class, objectiveId).closeConsultation(negotiator());
    }

    public void withdraw(long objectiveId) {
        em.find(Objective.class, objectiveId).withdraw(negotiator(), "Withdrawn by the test");
    }

    private static Actor negotiator() {
        return new Actor("NEGOTIATOR", Set.of(Role.NEGOTIATOR), null);
    }

    public void on(@Observes TaskAssigned event) {
        events.add(event);
    }

    /** The message keys of the in-app notices a user has about one objective, oldest first. */
    public List<String> notices(String username, long objectiveId) {
        return em.createQuery("select n from Notification n where n.recipient.username = :username order by n.id",
                        Notification.class)
                .setParameter("username", username).getResultStream()
                .filter(n -> ("/objectives/detail.xhtml?id=" + objectiveId).equals(n.getLink()))
                .map(Notification::getMessageKey).toList();
    }

    /** The events fired for one objective, oldest first. */
    public List<TaskAssigned> events(long objectiveId) {
        synchronized (events) {
            return events.stream().filter(e -> e.objectiveId() == objectiveId).toList();
        }
    }
}
