package md.itpp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import md.itpp.domain.account.Role;
import md.itpp.persistence.notification.NotificationService;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/**
 * The menu's bell and its consultation entry: the unread count is read at most once per
 * request (one indexed count), and only for a signed-in caller.
 */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

    @Inject
    private FacesContext facesContext;

    @Inject
    private NotificationService service;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = request().getUserPrincipal() == null ? 0L : service.unreadCount();
        }
        return unread;
    }

    public String getLabel() {
        long count = getUnread();
        return count == 0 ? Messages.text("nav.notifications") : Messages.text("nav.notificationsUnread", count);
    }

    /** Negotiators, consultees and auditors reach consultation rounds. */
    public boolean isConsultationUser() {
        return currentUser.hasRole(Role.NEGOTIATOR) || currentUser.hasRole(Role.CONSULTEE)
                || currentUser.hasRole(Role.AUDITOR);
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }
}
