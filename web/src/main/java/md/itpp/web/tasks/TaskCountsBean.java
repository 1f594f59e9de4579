package md.itpp.web.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.account.Role;
import md.itpp.persistence.approval.TaskCounts;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/**
 * The task counts of the menu, read once per request (the menu is on every page): at most
 * two count queries for a negotiator and one for a reviewer or approver, plus the progress
 * reports awaiting negotiators and consultees (one or two count queries).
 */
@Named("taskCounts")
@RequestScoped
public class TaskCountsBean {

    @Inject
    private TaskService tasks;

    @Inject
    private MonitoringService monitoring;

    @Inject
    private CurrentUser currentUser;

    private TaskCounts counts;
    private Long reportTasks;

    public TaskCounts getCounts() {
        if (counts == null) {
            counts = tasks.counts();
        }
        return counts;
    }

    /** Progress reports awaiting the caller: to review (negotiators) or to submit (consultees). */
    public long getReportTasks() {
        if (reportTasks == null) {
            reportTasks = isReportWorker() ? monitoring.reportTaskCount() : 0L;
        }
        return reportTasks;
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

    /** "My tasks (3)", or "My tasks" when there are none. */
    public String getLabel() {
        long total = getCounts().total() + getReportTasks();
        return total == 0 ? Messages.text("nav.tasks") : Messages.text("nav.tasksWithCount", String.valueOf(total));
    }
}
