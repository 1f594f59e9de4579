package md.itpp.web.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.approval.Task;
import md.itpp.persistence.approval.TaskCounts;
import md.itpp.persistence.approval.TaskKind;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.ReportTask;
import md.itpp.web.ListAddress;
import md.itpp.web.MenuBean;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.Messages;
import md.itpp.web.objectives.ObjectiveDetailBean;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs tasks/inbox.xhtml: what awaits the caller's action, with due dates where they exist.
 * At first the inbox lists the first {@link #FIRST_OF_EACH_KIND} tasks of each kind; the view
 * parameter {@code kind} lists one kind alone, a page of {@link #PAGE_SIZE} at a time (view
 * parameter {@code page}), so that a reviewer with hundreds of sign-offs reaches every one and no
 * request renders more than a page.
 */
@Named("taskInbox")
@RequestScoped
public class TaskInboxBean {

    /** Tasks of each kind listed on the inbox's first view. */
    static final int FIRST_OF_EACH_KIND = 25;

    /** Tasks per page when one kind is listed. */
    static final int PAGE_SIZE = 50;

    @Inject
    @Shared
    private TaskService service;

    @Inject
    private MenuBean menu;

    @Inject
    private Dates dates;

    @Inject
    @Shared
    private MonitoringService monitoring;

    private TaskKind kind;
    private int page = 1;
    private Pager pager;
    private List<Task> tasks;
    private List<ReportTask> reportTasks;

    /** The kind listed alone (view parameter {@code kind}), or null for the first tasks of each kind. */
    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Read on first use in each request, so that a postback (the language switch) shows them too. */
    public List<Task> getTasks() {
        if (tasks == null) {
            if (kind == null) {
                tasks = service.tasks(FIRST_OF_EACH_KIND);
            } else {
                pager = Pager.of(page, PAGE_SIZE, count(kind));
                tasks = service.tasks(kind, pager.getOffset(), PAGE_SIZE);
            }
        }
        return tasks;
    }

    /** Where the list of one kind stands; null on the first view. */
    public Pager getPager() {
        getTasks();
        return pager;
    }

    /**
     * The tasks as the table shows them ({@code <itpp:rows>}), in the page's language: the kind
     * (and the review step), the objective's link, its title and status, when it is due.
     */
    public List<TableRow> getTaskRows() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String none = Messages.text("label.none");
        String overdue = Messages.text("label.overdue");
        return getTasks().stream().map(task -> TableRow.of("task-row",
                Cell.of(Cell.span("task-kind", EnumLabels.label(reader, task.kind())), Cell.text(
                        task.stepNumber() == null ? "" : " — " + task.stepNumber() + ". " + task.stepName(reader))),
                Cell.link(ObjectiveDetailBean.address(task.objectiveId()), "task-code", task.code()),
                Cell.text(task.title(reader)),
                Cell.text(EnumLabels.label(reader, task.status())),
                task.dueAt() == null ? Cell.text(none)
                        : Cell.of(Cell.time(task.dueAt(), dates.dateTime(task.dueAt(), reader)),
                                task.isOverdue() ? Cell.span("badge badge-warning", overdue) : Cell.text(""))))
                .toList();
    }

    /** The progress reports' rows: period, the report's link, title, institution, state, due date. */
    public List<TableRow> getReportTaskRows() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String overdue = Messages.text("label.overdue");
        return getReportTasks().stream().map(task -> TableRow.of("report-task-row",
                Cell.text(task.periodTitle()),
                Cell.link(ListAddress.of("/monitoring/report.xhtml", Map.of("id", task.reportId())), "report-task-code",
                        task.objectiveCode()),
                Cell.text(task.title(reader)),
                Cell.text(task.institutionCode()),
                Cell.text(EnumLabels.label(reader, task.state())),
                Cell.of(Cell.time(task.dueOn().toString(), task.dueOn().toString()),
                        task.overdue() ? Cell.span("badge badge-warning report-task-overdue", overdue) : Cell.text(""))))
                .toList();
    }

    /** Progress reports to submit (consultees) or to review (negotiators), overdue ones marked. */
    public List<ReportTask> getReportTasks() {
        if (reportTasks == null) {
            reportTasks = kind == null && menu.isReportWorker() ? monitoring.reportTasks(FIRST_OF_EACH_KIND) : List.of();
        }
        return reportTasks;
    }

    /** Whether the caller works on progress reports, so the inbox has a section for them. */
    public boolean isReportWorker() {
        return menu.isReportWorker();
    }

    public TaskCounts getCounts() {
        return menu.getTaskCounts();
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public long count(TaskKind of) {
        return getCounts().of(of);
    }

    /** Whether the first view leaves out tasks of some kind (each count then links to all of its kind). */
    public boolean isCut() {
        if (kind != null) {
            return false;
        }
        for (TaskKind k : TaskKind.values()) {
            if (count(k) > FIRST_OF_EACH_KIND) {
                return true;
            }
        }
        return false;
    }

    /** Whether more progress reports await than the list shows. */
    public boolean isReportsCut() {
        return kind == null && menu.getReportTasks() > getReportTasks().size();
    }
}
