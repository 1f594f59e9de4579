package md.itpp.web.objectives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.approval.AreaStatusRow;
import md.itpp.persistence.approval.DashboardService;
import md.itpp.persistence.approval.Task;
import md.itpp.persistence.approval.TaskService;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.Messages;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs objectives/dashboard.xhtml: objectives by area and status (table and stacked bar
 * chart), overdue review and approval tasks, and the programme document's downloads. The
 * tables' texts are made here once per request, in the reader's language ({@link AreaLine},
 * {@link OverdueLine}), as on the objectives list: the page only writes them out.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    /** One colour per status, in the order of {@link ObjectiveStatus}. */
    private static final String[] COLOURS = {"#9e9e9e", "#42a5f5", "#26c6da", "#ffa726", "#ab47bc", "#ef5350",
            "#66bb6a", "#2e7d32", "#8d6e63", "#5c6bc0", "#1b5e20", "#616161"};

    @Inject
    @Shared
    private DashboardService service;

    @Inject
    @Shared
    private TaskService tasks;

    @Inject
    private EnumLabels labels;

    @Inject
    private LocaleBean locale;

    @Inject
    private Dates dates;

    private List<AreaStatusRow> rows;
    private List<ObjectiveStatus> statuses;
    private List<Task> overdueTasks;
    private final PerLanguage<List<OverdueLine>> overdue = new PerLanguage<>(this::overdue);

    /** An area's row: its code and name, its count in each of {@link #getStatuses()}, and its total. */
    public record AreaLine(String area, List<Long> counts, long total) implements TableRow {

        @Override
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(counts.size() + 2);
            cells.add(Cell.text(area));
            for (Long count : counts) {
                cells.add(Cell.text(String.valueOf(count)));
            }
            cells.add(Cell.text(String.valueOf(total)));
            return cells;
        }
    }

    /** An overdue task's row: what is to be done (and its step), its objective's link and code, and when it was due. */
    public record OverdueLine(String task, String href, String code, Instant dueAt, String due) implements TableRow {

        @Override
        public List<Cell> cells() {
            return List.of(Cell.text(task), Cell.link(href, "overdue-link", code), Cell.time(dueAt, due));
        }
    }

    /**
     * Read on first use rather than in a view action: the table's status columns are built
     * (c:forEach) when the view is built, before view actions run.
     */
    public List<AreaStatusRow> getRows() {
        if (rows == null) {
            rows = service.objectivesByAreaAndStatus();
        }
        return rows;
    }

    /** The table's rows, in the order of {@link #getRows()}. */
    public List<AreaLine> getLines() {
        Locale reader = locale.getLocale();
        return getRows().stream().map(row -> new AreaLine(row.areaCode() + " " + row.name(reader),
                getStatuses().stream().map(row::count).toList(), row.total())).toList();
    }

    public List<OverdueLine> getOverdue() {
        return overdue.in(locale.getLocale());
    }

    private List<OverdueLine> overdue(Locale reader) {
        if (overdueTasks == null) {
            overdueTasks = tasks.overdue();
        }
        return overdueTasks.stream().map(task -> new OverdueLine(
                EnumLabels.label(reader, task.kind())
                        + (task.stepNumber() == null ? "" : " — " + task.stepNumber() + ". " + task.stepName(reader)),
                ObjectiveDetailBean.address(task.objectiveId()), task.code(),
                task.dueAt(), dates.dateTime(task.dueAt(), reader))).toList();
    }

    /** The statuses that occur, in lifecycle order: columns for the others would all read 0. */
    public List<ObjectiveStatus> getStatuses() {
        if (statuses == null) {
            statuses = Arrays.stream(ObjectiveStatus.values())
                    .filter(s -> getRows().stream().anyMatch(r -> r.count(s) > 0)).toList();
        }
        return statuses;
    }

    /** The columns' headings: the labels of {@link #getStatuses()}. */
    public List<String> getStatusLabels() {
        Locale reader = locale.getLocale();
        return getStatuses().stream().map(status -> EnumLabels.label(reader, status)).toList();
    }

    public long total(ObjectiveStatus status) {
        return getRows().stream().mapToLong(r -> r.count(status)).sum();
    }

    public long getInConsultation() {
        return total(ObjectiveStatus.IN_CONSULTATION);
    }

    /** A Chart.js stacked bar chart (areas by status) as PrimeFaces' p:chart takes it. */
    public String getChart() {
        String areas = getRows().stream().map(r -> json(r.areaCode())).collect(Collectors.joining(","));
        String datasets = getStatuses().stream().map(s -> "{\"label\":" + json(labels.of(s))
                + ",\"backgroundColor\":\"" + COLOURS[s.ordinal() % COLOURS.length] + "\",\"data\":["
                + getRows().stream().map(r -> String.valueOf(r.count(s))).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + areas + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"responsive\":true,\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,"
                + "\"ticks\":{\"precision\":0}}},\"plugins\":{\"title\":{\"display\":true,\"text\":"
                + json(Messages.text("page.objectives.dashboard.chartTitle")) + "}}}}";
    }

    /** A JSON string literal; area codes and labels come from the application, but escape anyway. */
    public static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
