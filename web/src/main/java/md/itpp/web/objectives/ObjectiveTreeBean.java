package md.itpp.web.objectives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.OutlinePage;
import md.itpp.persistence.objective.OutlineRow;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.i18n.RowTexts;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs objectives/tree.xhtml: the programme's shape, each strategic objective with its
 * partnership goals under it, status and progress (goals nationally approved), twenty strategic
 * objectives a page, so the page costs the same at fifty objectives or five thousand. A GET page
 * of plain tables (one row group per strategic objective), read anew on each request: nothing
 * of it is kept between requests.
 */
@Named("objectiveTree")
@RequestScoped
public class ObjectiveTreeBean {

    @Inject
    @Shared
    private ObjectiveService service;

    @Inject
    private LocaleBean locale;

    @Inject
    private RowTexts rowTexts;

    /**
     * Strategic objectives per page, as many as the list shows objectives. With their goals a page
     * holds three rows per objective at the demo's shape: what the page costs grows with its rows
     * (each row's cells are read and written one by one), and fifty a page (150 rows) cost half
     * as much again as the list's page, where twenty cost less than it.
     */
    static final int PAGE_SIZE = 20;

    private List<Group> groups;
    private final PerLanguage<List<Section>> sections = new PerLanguage<>(
            reader -> groups.stream().map(group -> section(group, reader)).toList());
    private Pager pager;

    /** The page shown, from 1 (view parameter {@code page}). */
    private int page = 1;

    /**
     * A strategic objective with the goals under it, and how many of those are nationally
     * approved; or a goal whose strategic objective the reader may not see, on its own.
     */
    public record Group(OutlineRow objective, List<OutlineRow> goals, int approvedGoals) {

        public boolean isStrategic() {
            return objective.parentId() == null;
        }
    }

    /**
     * A group as the page shows it, its texts made here once (as the objectives list's rows): the
     * strategic objective's line, its goals' lines, and "3 of 5 goals approved" for a strategic
     * objective (empty for a goal on its own).
     */
    public record Section(Line objective, List<Line> goals, boolean strategic, String progress) {

        /** The group's rows as the table shows them ({@link TreeGroupsRenderer}). */
        public List<TableRow> rows() {
            List<TableRow> rows = new ArrayList<>(goals.size() + 1);
            rows.add(objective.row(strategic ? "strategic-row" : "goal-row", progress));
            for (Line goal : goals) {
                rows.add(goal.row("goal-row", ""));
            }
            return rows;
        }
    }

    /** One objective's row: its link, code, title, level and status in the reader's language. */
    public record Line(String href, String code, String title, String level, String status) {

        TableRow row(String styleClass, String progress) {
            return TableRow.of(styleClass, Cell.objectiveLink(href, code), Cell.text(title), Cell.text(level),
                    Cell.text(status), Cell.text(progress));
        }
    }

    public List<Section> getGroups() {
        if (groups == null) {
            build();
        }
        return sections.in(locale.getLocale());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Where the outline's strategic objectives stand. */
    public Pager getPager() {
        getGroups();
        return pager;
    }

    private void build() {
        Pager.Read<OutlinePage> read = Pager.read(page, PAGE_SIZE, service::outline, OutlinePage::topLevelCount);
        pager = read.pager();
        page = pager.getPage();
        groups = group(read.rows().rows());
    }

    private Section section(Group group, Locale reader) {
        String progress = group.isStrategic()
                ? rowTexts.of("page.objectives.tree.goalsApproved", group.approvedGoals(), group.goals().size())
                : "";
        return new Section(line(group.objective(), reader), group.goals().stream().map(goal -> line(goal, reader)).toList(),
                group.isStrategic(), progress);
    }

    private static Line line(OutlineRow row, Locale reader) {
        return new Line(ObjectiveDetailBean.address(row.id()), row.code(),
                row.title(reader), EnumLabels.label(reader, row.level()), EnumLabels.label(reader, row.status()));
    }

    /** The outline's rows (each strategic objective followed by its goals) as groups. */
    static List<Group> group(List<OutlineRow> rows) {
        List<Group> result = new ArrayList<>();
        OutlineRow parent = null;
        List<OutlineRow> goals = new ArrayList<>();
        for (OutlineRow row : rows) {
            if (parent != null && parent.id().equals(row.parentId())) {
                goals.add(row);
                continue;
            }
            close(parent, goals, result);
            goals = new ArrayList<>();
            parent = row.parentId() == null ? row : null;
            if (parent == null) {
                result.add(new Group(row, List.of(), 0));
            }
        }
        close(parent, goals, result);
        return result;
    }

    private static void close(OutlineRow objective, List<OutlineRow> goals, List<Group> result) {
        if (objective != null) {
            int approved = (int) goals.stream().filter(g -> nationallyApproved(g.status())).count();
            result.add(new Group(objective, List.copyOf(goals), approved));
        }
    }

    static boolean nationallyApproved(ObjectiveStatus status) {
        return status.ordinal() >= ObjectiveStatus.APPROVED.ordinal() && status != ObjectiveStatus.WITHDRAWN;
    }
}
