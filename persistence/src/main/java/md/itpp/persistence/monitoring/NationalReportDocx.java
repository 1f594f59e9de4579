package md.itpp.persistence.monitoring;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import md.itpp.persistence.document.DocumentLanguage;
import md.itpp.persistence.document.WordDocument;
import md.itpp.persistence.document.WordDocument.TocEntry;

/**
 * The national report as DOCX on the styled template ({@link WordDocument}), like the programme
 * document: a cover (Title, the programme, period, state, snapshot hash, generation time and the
 * overall figure), a contents field, then each area (Heading 1, with its progress) with its
 * objectives (Heading 2) and their goals (Heading 3): who reported when, the progress (computed
 * or set by hand, with the reason), milestone statuses, indicator values against target and the
 * narrative. An annex in a landscape section lists every objective's figures in one wide table.
 * Header and footer carry the title, the generation time and "page X of Y"; the text is tagged
 * with the report's language.
 */
public final class NationalReportDocx {

    /** Relative column widths of the annex: code, objective, area, institution, state, progress, computed, reason. */
    static final int[] ANNEX_WIDTHS = {3, 8, 3, 5, 3, 2, 2, 6};

    private NationalReportDocx() {
    }

    /** Writes the DOCX to {@code out}, which stays open. */
    public static void write(NationalReport report, OutputStream out) {
        ReportText text = new ReportText(report.language());
        String title = text.documentTitle(report);
        String generated = text.get("generated") + ": " + ReportText.utc(report.generatedAt());
        try (WordDocument docx = new WordDocument(out, DocumentLanguage.of(report.language()), title, generated,
                text.get("page"), text.get("of"), false)) {
            docx.title(title);
            docx.paragraph("Subtitle", report.programmeTitle());
            docx.paragraph("Subtitle", text.get("period") + ": " + report.periodTitle());
            docx.paragraph("Subtitle", text.get("state") + ": " + report.state());
            docx.paragraph("Subtitle", text.get("overall") + ": " + text.percent(report.overall()));
            docx.paragraph("Subtitle", generated);
            if (report.snapshotSha256() != null) {
                docx.paragraph("Note", text.get("snapshot") + ": " + report.snapshotSha256());
            }
            docx.pageBreak();
            docx.tableOfContents(text.get("toc"), contents(report, text));
            docx.pageBreak();
            if (report.areas().isEmpty()) {
                docx.paragraph("Normal", text.get("empty"));
            }
            for (NationalReport.Area area : report.areas()) {
                docx.heading(1, areaHeading(area, text));
                for (NationalReport.Objective objective : area.objectives()) {
                    objective(docx, objective, text, 2);
                }
            }
            if (!report.areas().isEmpty()) {
                docx.section(true);
                docx.heading(1, text.get("annex"));
                docx.paragraph("Note", text.get("annex.note"));
                docx.table(annexHeadings(text), annexRows(report, text), ANNEX_WIDTHS);
            }
            docx.finish();
        }
    }

    static String areaHeading(NationalReport.Area area, ReportText text) {
        return area.code() + " " + area.name() + " — " + text.percent(area.progress());
    }

    static String objectiveHeading(NationalReport.Objective objective) {
        return objective.code() + " " + objective.title();
    }

    private static List<TocEntry> contents(NationalReport report, ReportText text) {
        List<TocEntry> entries = new ArrayList<>();
        for (NationalReport.Area area : report.areas()) {
            entries.add(new TocEntry(1, areaHeading(area, text)));
            for (NationalReport.Objective objective : area.objectives()) {
                entries.add(new TocEntry(2, objectiveHeading(objective)));
                for (NationalReport.Objective goal : objective.goals()) {
                    entries.add(new TocEntry(3, objectiveHeading(goal)));
                }
            }
        }
        if (!report.areas().isEmpty()) {
            entries.add(new TocEntry(1, text.get("annex")));
        }
        return entries;
    }

    private static void objective(WordDocument docx, NationalReport.Objective o, ReportText text, int level) {
        docx.heading(level, objectiveHeading(o));
        docx.paragraph("Note", text.reportedBy(o));
        docx.paragraph("Normal", text.get("progress") + ": " + text.progress(o));
        if (!o.milestones().isEmpty()) {
            docx.paragraph("Label", text.get("milestones"));
            docx.table(milestoneHeadings(text), milestoneRows(o), new int[] {1, 5, 2, 4});
        }
        if (!o.indicators().isEmpty()) {
            docx.paragraph("Label", text.get("indicators"));
            docx.table(indicatorHeadings(text), indicatorRows(o), new int[] {4, 2, 2, 2, 2});
        }
        if (!o.narrative().isEmpty()) {
            docx.paragraph("Label", text.get("narrative"));
            docx.paragraph("Normal", o.narrative());
        }
        if (!o.goals().isEmpty()) {
            docx.paragraph("Label", text.get("goals"));
            for (NationalReport.Objective goal : o.goals()) {
                objective(docx, goal, text, level + 1);
            }
        }
    }

    static List<String> milestoneHeadings(ReportText text) {
        return List.of(text.get("year"), text.get("milestone"), text.get("status"), text.get("comment"));
    }

    static List<List<String>> milestoneRows(NationalReport.Objective o) {
        return o.milestones().stream()
                .map(m -> List.of(String.valueOf(m.year()), blank(m.description()), blank(m.status()), blank(m.comment())))
                .toList();
    }

    static List<String> indicatorHeadings(ReportText text) {
        return List.of(text.get("indicator"), text.get("baseline"), text.get("target"), text.get("unit"),
                text.get("value"));
    }

    static List<List<String>> indicatorRows(NationalReport.Objective o) {
        return o.indicators().stream()
                .map(i -> List.of(blank(i.name()), blank(i.baseline()), blank(i.target()), blank(i.unit()),
                        blank(i.value())))
                .toList();
    }

    static List<String> annexHeadings(ReportText text) {
        return List.of(text.get("code"), text.get("objective"), text.get("area"), text.get("institution"),
                text.get("reportState"), text.get("progress"), text.get("column.computed"), text.get("column.reason"));
    }

    /** One line per objective and goal: the figure shown, the computed one and, where set by hand, the reason. */
    static List<List<String>> annexRows(NationalReport report, ReportText text) {
        List<List<String>> rows = new ArrayList<>();
        for (NationalReport.Area area : report.areas()) {
            for (NationalReport.Objective o : ReportText.withGoals(area.objectives())) {
                rows.add(List.of(o.code(), blank(o.title()), area.code(), blank(o.institution()), blank(o.state()),
                        text.percent(o.progress()), text.percent(o.computed()),
                        o.overrideReason() == null ? "" : o.overrideReason()));
            }
        }
        return rows;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
