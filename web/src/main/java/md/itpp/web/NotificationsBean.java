package md.itpp.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.notification.NotificationService;
import md.itpp.persistence.notification.NotificationView;
import md.itpp.web.i18n.Messages;

/**
 * Backs notifications.xhtml: the caller's latest notices, each in the reader's language, and
 * marking them read.
 */
@Named("notificationsPage")
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    @Shared
    private NotificationService service;

    private List<NotificationView> notices;

    public List<NotificationView> getNotices() {
        if (notices == null) {
            notices = service.latest(SHOWN);
        }
        return notices;
    }

    public String text(NotificationView notice) {
        return Messages.text(notice.messageKey(), notice.arguments().toArray());
    }

    public String markAllRead() {
        service.markAllRead();
        notices = null;
        return "/notifications?faces-redirect=true";
    }
}
