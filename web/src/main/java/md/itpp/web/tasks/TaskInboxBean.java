package md.itpp.web.tasks;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.approval.Task;
import md.itpp.persistence.approval.TaskCounts;
import md.itpp.persistence.approval.TaskKind;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.ReportTask;

/** Backs tasks/inbox.xhtml: what awaits the caller's action, with due dates where they exist. */
@Named("taskInbox")
@RequestScoped
public class TaskInboxBean {

    @Inject
    private TaskService service;

    @Inject
    private TaskCountsBean counts;

    @Inject
    private MonitoringService monitoring;

    private List<Task> tasks;
    private List<ReportTask> reportTasks;

    /** Progress reports to submit (consultees) or to review (negotiators), overdue ones marked. */
    public List<ReportTask> getReportTasks() {
        if (reportTasks == null) {
            reportTasks = counts.isReportWorker() ? monitoring.reportTasks() : List.of();
        }
        return reportTasks;
    }

    /** Whether the caller works on progress reports, so the inbox has a section for them. */
    public boolean isReportWorker() {
        return counts.isReportWorker();
    }

    /** Read on first use in each request, so that a postback (the language switch) shows them too. */
    public List<Task> getTasks() {
        if (tasks == null) {
            tasks = service.tasks();
        }
        return tasks;
    }

    public TaskCounts getCounts() {
        return counts.getCounts();
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public long count(TaskKind kind) {
        TaskCounts c = getCounts();
        return switch (kind) {
            case REVISE -> c.revise();
            case SIGN_OFF -> c.signOff();
            case APPROVE -> c.approve();
            case NATO_STEP -> c.natoSteps();
        };
    }

    /** Whether a kind has more tasks than the list shows. */
    public boolean isTruncated() {
        return getCounts().total() > getTasks().size() || counts.getReportTasks() > getReportTasks().size();
    }
}
