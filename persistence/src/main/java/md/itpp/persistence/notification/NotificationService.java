package md.itpp.persistence.notification;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Role;
import md.itpp.domain.notification.Notification;

/** The caller's own notices; nobody reads anyone else's. */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER, Role.Names.APPROVER,
        Role.Names.ADMIN, Role.Names.AUDITOR})
public class NotificationService {

    public static final int MAX_PAGE_SIZE = 100;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /** The newest notices first. */
    public List<NotificationView> latest(int max) {
        return em.createNamedQuery(Notification.LIST, Notification.class)
                .setParameter("username", caller())
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultStream()
                .map(n -> new NotificationView(n.getId(), n.getMessageKey(), n.getArguments(), n.getLink(),
                        n.isRead(), n.getCreatedAt()))
                .toList();
    }

    /** @return how many were unread */
    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ).setParameter("username", caller()).executeUpdate();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
