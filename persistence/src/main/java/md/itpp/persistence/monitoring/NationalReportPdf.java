package md.itpp.persistence.monitoring;

import java.io.OutputStream;
import java.util.concurrent.Executor;

import org.w3c.dom.Element;

import md.itpp.persistence.document.ArchivalPdf;
import md.itpp.persistence.document.DocumentLanguage;
import md.itpp.persistence.document.HtmlPage;
import md.itpp.persistence.document.PdfBook;

/**
 * The national report as an archival PDF (tagged PDF/A and PDF/UA, see {@link ArchivalPdf}),
 * laid out like {@link NationalReportDocx}'s from the template {@code national-report.xhtml}: a
 * cover, contents linking to each area and objective, the areas with their objectives and
 * goals, a bookmark for each, and the annex of figures on landscape pages. Written a part at a
 * time ({@link PdfBook}), so a period of 1,400 reports takes the memory of a few dozen.
 */
public final class NationalReportPdf {

    static final String TEMPLATE = "md/itpp/persistence/monitoring/national-report.xhtml";

    private final ReportText text;
    private final PdfBook book;

    private NationalReportPdf(NationalReport report, Executor executor) {
        this.text = new ReportText(report.language());
        String title = text.documentTitle(report);
        String generated = text.get("generated") + ": " + ReportText.utc(report.generatedAt());
        this.book = new PdfBook(() -> HtmlPage.fromTemplate(TEMPLATE, title, DocumentLanguage.of(report.language()))
                .slot("header-title", title + " · " + report.programmeTitle())
                .slot("footer-title", title)
                .slot("footer-generated", generated)
                .description(report.programmeTitle() + " · " + text.get("period") + ": " + report.periodTitle()),
                text.get("page"), text.get("of"), executor);
    }

    /** Writes the PDF to {@code out}, which stays open; nothing is written until the layout is done. */
    public static void write(NationalReport report, OutputStream out) {
        write(report, out, PdfBook.IN_CALLER);
    }

    /** As {@link #write(NationalReport, OutputStream)}, its parts laid out by {@code executor} ({@link PdfBook}). */
    public static void write(NationalReport report, OutputStream out, Executor executor) {
        NationalReportPdf writer = new NationalReportPdf(report, executor);
        try (PdfBook book = writer.book) {
            writer.render(report);
            book.write(out);
        }
    }

    private void render(NationalReport report) {
        String title = text.documentTitle(report);
        HtmlPage page = book.page();
        Element content = page.content();
        Element cover = page.add(content, "div", "cover", null);
        page.add(cover, "p", "title", title);
        page.add(cover, "p", "subtitle", report.programmeTitle());
        page.add(cover, "p", null, text.get("period") + ": " + report.periodTitle());
        page.add(cover, "p", null, text.get("state") + ": " + report.state());
        page.add(cover, "p", "overall", text.get("overall") + ": " + text.percent(report.overall()));
        page.add(cover, "p", null, text.get("generated") + ": " + ReportText.utc(report.generatedAt()));
        if (report.snapshotSha256() != null) {
            page.add(cover, "p", "hash", text.get("snapshot") + ": " + report.snapshotSha256());
        }

        Element toc = page.add(content, "div", "toc", null);
        page.add(toc, "p", "toc-title", text.get("toc"));
        for (NationalReport.Area area : report.areas()) {
            page.link(page.add(toc, "p", "toc1", null), areaId(area), NationalReportDocx.areaHeading(area, text));
            for (NationalReport.Objective objective : area.objectives()) {
                page.link(page.add(toc, "p", "toc2", null), id(objective), NationalReportDocx.objectiveHeading(objective));
                for (NationalReport.Objective goal : objective.goals()) {
                    page.link(page.add(toc, "p", "toc3", null), id(goal), NationalReportDocx.objectiveHeading(goal));
                }
            }
        }
        if (!report.areas().isEmpty()) {
            page.link(page.add(toc, "p", "toc1", null), "annex", text.get("annex"));
        }
        if (report.areas().isEmpty()) {
            page.add(content, "p", null, text.get("empty"));
        }
        book.endPart();

        for (NationalReport.Area area : report.areas()) {
            String heading = NationalReportDocx.areaHeading(area, text);
            book.page().heading(1, areaId(area), heading);
            PdfBook.Bookmark mark = book.bookmark(null, heading, areaId(area));
            for (NationalReport.Objective objective : area.objectives()) {
                objective(objective, 2, mark);
                book.mayEndPart();
            }
        }
        book.endPart();
        if (!report.areas().isEmpty()) {
            annex(report);
        }
    }

    /** The figures on landscape pages, {@link PdfBook#PART_SIZE} times four rows a part, the header row on every page. */
    private void annex(NationalReport report) {
        book.table(PdfBook.PART_SIZE * 4, "figures", percentages(NationalReportDocx.ANNEX_WIDTHS),
                NationalReportDocx.annexHeadings(text), NationalReportDocx.annexRows(report, text), (page, first) -> {
                    Element annex = page.add(page.content(), "div", "annex", null);
                    if (first) {
                        page.add(annex, "h1", null, text.get("annex")).setAttribute("id", "annex");
                        book.bookmark(null, text.get("annex"), "annex");
                        page.add(annex, "p", "note", text.get("annex.note"));
                    }
                    return annex;
                });
    }

    private void objective(NationalReport.Objective o, int level, PdfBook.Bookmark parentMark) {
        HtmlPage page = book.page();
        Element content = page.content();
        String heading = NationalReportDocx.objectiveHeading(o);
        page.heading(level, id(o), heading);
        PdfBook.Bookmark mark = book.bookmark(parentMark, heading, id(o));
        page.add(content, "p", "meta", text.reportedBy(o));
        page.add(content, "p", "progress", text.get("progress") + ": " + text.progress(o));
        if (!o.milestones().isEmpty()) {
            page.add(content, "p", "label", text.get("milestones"));
            page.table(content, "milestones", new int[] {10, 42, 16, 32}, NationalReportDocx.milestoneHeadings(text),
                    NationalReportDocx.milestoneRows(o));
        }
        if (!o.indicators().isEmpty()) {
            page.add(content, "p", "label", text.get("indicators"));
            page.table(content, "indicators", new int[] {36, 16, 16, 16, 16}, NationalReportDocx.indicatorHeadings(text),
                    NationalReportDocx.indicatorRows(o));
        }
        if (!o.narrative().isEmpty()) {
            page.add(content, "p", "label", text.get("narrative"));
            page.add(content, "p", "narrative", o.narrative());
        }
        if (!o.goals().isEmpty()) {
            page.add(content, "p", "label", text.get("goals"));
            for (NationalReport.Objective goal : o.goals()) {
                objective(goal, level + 1, mark);
            }
        }
    }

    /** Relative widths as percentages of the table's width. */
    private static int[] percentages(int[] widths) {
        int sum = java.util.Arrays.stream(widths).sum();
        int[] shares = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            shares[i] = widths[i] * 100 / sum;
        }
        return shares;
    }

    private static String areaId(NationalReport.Area area) {
        return "area-" + safe(area.code());
    }

    private static String id(NationalReport.Objective objective) {
        return "obj-" + safe(objective.code());
    }

    /** Codes are checked in the domain; this keeps an id valid whatever they hold. */
    private static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
