package md.itpp.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import md.itpp.domain.account.Account;
import md.itpp.domain.notification.Notification;

/**
 * Writes notices for other features, in the caller's transaction: a notice about something
 * that rolled back is rolled back with it. CDI rather than an EJB so that scheduled work, which
 * has no caller and hence no role, can write notices too; it is reachable only from code.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /**
     * @param messageKey a key of the web module's bundles, e.g. {@code notice.consultation.opened}
     * @param link       a path inside the application, or {@code null}
     * @param arguments  the message's placeholders, as text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification notify(Account recipient, String messageKey, String link, String... arguments) {
        Notification notification = new Notification(recipient, messageKey, link, arguments);
        em.persist(notification);
        return notification;
    }
}
