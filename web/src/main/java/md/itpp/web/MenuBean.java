package md.itpp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.account.Role;
import md.itpp.persistence.approval.TaskCounts;
import md.itpp.persistence.menu.MenuFigures;
import md.itpp.persistence.menu.MenuService;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/**
 * The menu of every signed-in page (templates/main.xhtml): which entries the caller's roles
 * offer, the task count and the notification bell. The figures are one service call, made at
 * most once per request and only for a signed-in caller; the inbox and the notices page read
 * them here too.
 */
@Named("mainMenu")
@RequestScoped
public class MenuBean {

    private static final MenuFigures NONE = new MenuFigures(TaskCounts.NONE, 0, 0);

    @Inject
    @Shared
    private MenuService service;

    @Inject
    private CurrentUser currentUser;

    private MenuFigures figures;

    public MenuFigures getFigures() {
        if (figures == null) {
            figures = currentUser.isSignedIn() ? service.figures() : NONE;
        }
        return figures;
    }

    /** Approval and negotiation tasks by kind. */
    public TaskCounts getTaskCounts() {
        return getFigures().tasks();
    }

    /** Progress reports awaiting the caller: to review (negotiators) or to submit (consultees). */
    public long getReportTasks() {
        return getFigures().reportTasks();
    }

    public long getUnread() {
        return getFigures().unreadNotices();
    }

    /** "My tasks (3)", or "My tasks" when there are none. */
    public String getTasksLabel() {
        long total = getFigures().allTasks();
        return total == 0 ? Messages.text("nav.tasks") : Messages.text("nav.tasksWithCount", String.valueOf(total));
    }

    /** "Notifications (2)", or "Notifications" when every notice was read. */
    public String getNotificationsLabel() {
        long count = getUnread();
        return count == 0 ? Messages.text("nav.notifications") : Messages.text("nav.notificationsUnread", count);
    }

    /** Negotiators, consultees and auditors reach consultation rounds and monitoring. */
    public boolean isConsultationUser() {
        return currentUser.hasRole(Role.NEGOTIATOR) || currentUser.hasRole(Role.CONSULTEE)
                || currentUser.hasRole(Role.AUDITOR);
    }

    /** Whether the caller works on progress reports: negotiators and consultees. */
    public boolean isReportWorker() {
        return currentUser.hasRole(Role.NEGOTIATOR) || currentUser.hasRole(Role.CONSULTEE);
    }

    /** Whether the caller reads the whole programme (dashboard, programme document): not consultees, not IT. */
    public boolean isProgrammeReader() {
        return currentUser.hasRole(Role.NEGOTIATOR) || currentUser.hasRole(Role.REVIEWER)
                || currentUser.hasRole(Role.APPROVER) || currentUser.hasRole(Role.AUDITOR);
    }
}
