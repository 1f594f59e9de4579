package md.itpp.persistence.programme;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import org.w3c.dom.Element;

import md.itpp.persistence.document.ArchivalPdf;
import md.itpp.persistence.document.DocumentLanguage;
import md.itpp.persistence.document.HtmlPage;
import md.itpp.persistence.document.PdfBook;
import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;

/**
 * The programme document as an archival PDF (tagged PDF/A, see {@link ArchivalPdf}), laid out
 * like {@link DocxWriter}'s from the template {@code programme.xhtml}: a cover, contents linking
 * to each area and objective, the areas with their objectives, a bookmark per area, objective and
 * goal, and an annex with the full hashes the approval records shorten. Written a part at a
 * time ({@link PdfBook}), so 5,000 objectives take the memory of a few dozen.
 */
public final class PdfWriter {

    static final String TEMPLATE = "md/itpp/persistence/programme/programme.xhtml";

    private final DocumentText text;
    private final PdfBook book;
    /** Objective code, revision number and full SHA-256 of each revision decided on, for the annex. */
    private final Set<List<String>> hashes = new LinkedHashSet<>();

    private PdfWriter(ProgrammeDocument document, Executor executor) {
        this.text = new DocumentText(document.language());
        String generated = text.get("cover.generated") + ": " + DocumentText.utc(document.generatedAt());
        this.book = new PdfBook(() -> HtmlPage.fromTemplate(TEMPLATE, document.programmeTitle(), DocumentLanguage.of(document.language()))
                .slot("header-title", document.programmeTitle())
                .slot("footer-title", document.programmeTitle())
                .slot("footer-generated", generated)
                .description(text.get("cover.draft") + ", " + document.startYear() + "–" + document.endYear()),
                text.get("page"), text.get("of"), executor);
    }

    /** Writes the PDF to {@code out}, which stays open; nothing is written until the layout is done. */
    public static void write(ProgrammeDocument document, OutputStream out) {
        write(document, out, PdfBook.IN_CALLER);
    }

    /** As {@link #write(ProgrammeDocument, OutputStream)}, its parts laid out by {@code executor} ({@link PdfBook}). */
    public static void write(ProgrammeDocument document, OutputStream out, Executor executor) {
        PdfWriter writer = new PdfWriter(document, executor);
        try (PdfBook book = writer.book) {
            writer.render(document);
            book.write(out);
        }
    }

    private void render(ProgrammeDocument model) {
        HtmlPage page = book.page();
        Element content = page.content();
        Element cover = page.add(content, "div", "cover", null);
        page.add(cover, "p", "title", model.programmeTitle());
        page.add(cover, "p", "subtitle", text.get("cover.draft"));
        page.add(cover, "p", null, text.get("cover.period") + ": " + model.startYear() + "–" + model.endYear());
        page.add(cover, "p", null, text.get("cover.count") + ": " + model.objectiveCount());
        page.add(cover, "p", null, text.get("cover.generated") + ": " + DocumentText.utc(model.generatedAt()));

        Element toc = page.add(content, "div", "toc", null);
        page.add(toc, "p", "toc-title", text.get("toc"));
        for (Area area : model.areas()) {
            page.link(page.add(toc, "p", "toc1", null), areaId(area), area.code() + " " + area.name());
            for (Entry entry : area.objectives()) {
                page.link(page.add(toc, "p", "toc2", null), id(entry), entry.code() + " " + entry.title());
                for (Entry goal : entry.goals()) {
                    page.link(page.add(toc, "p", "toc3", null), id(goal), goal.code() + " " + goal.title());
                }
            }
        }
        if (model.areas().isEmpty()) {
            page.add(content, "p", null, text.get("empty"));
        }
        book.endPart();

        for (Area area : model.areas()) {
            book.page().heading(1, areaId(area), area.code() + " " + area.name());
            PdfBook.Bookmark areaMark = book.bookmark(null, area.code() + " " + area.name(), areaId(area));
            for (Entry entry : area.objectives()) {
                entry(entry, 2, areaMark);
                book.mayEndPart();
            }
        }
        book.endPart();
        if (!hashes.isEmpty()) {
            book.table(PdfBook.PART_SIZE * 4, "hash", new int[] {18, 10, 72},
                    List.of(text.get("objective"), text.get("revisionNumber"), "SHA-256"), new ArrayList<>(hashes),
                    (part, first) -> {
                        if (first) {
                            part.heading(1, "annex-hashes", text.get("annex"));
                            book.bookmark(null, text.get("annex"), "annex-hashes");
                            part.add(part.content(), "p", "note", text.get("annex.note"));
                        }
                        return part.content();
                    });
        }
    }

    private void entry(Entry entry, int level, PdfBook.Bookmark parentMark) {
        HtmlPage page = book.page();
        Element content = page.content();
        page.heading(level, id(entry), entry.code() + " " + entry.title());
        PdfBook.Bookmark mark = book.bookmark(parentMark, entry.code() + " " + entry.title(), id(entry));
        page.add(content, "p", null, entry.text());
        page.add(content, "p", "meta", text.get("lead") + ": " + entry.lead());
        page.add(content, "p", "meta", DocxWriter.status(entry, text));
        if (!entry.milestones().isEmpty()) {
            page.add(content, "p", "label", text.get("milestones"));
            List<List<String>> rows = new ArrayList<>();
            for (MilestoneLine m : entry.milestones()) {
                rows.add(List.of(String.valueOf(m.year()), m.description()));
            }
            page.table(content, "milestones", new int[] {12, 88}, List.of(text.get("year"), text.get("description")), rows);
        }
        if (!entry.indicators().isEmpty()) {
            page.add(content, "p", "label", text.get("indicators"));
            List<List<String>> rows = new ArrayList<>();
            for (IndicatorLine i : entry.indicators()) {
                rows.add(List.of(i.name(), i.baseline(), i.target(), i.unit(), i.meansOfVerification()));
            }
            page.table(content, "indicators", new int[] {28, 14, 14, 16, 28}, List.of(text.get("indicator"), text.get("baseline"), text.get("target"),
                    text.get("unit"), text.get("means")), rows);
        }
        page.add(content, "p", "label", text.get("approvalRecord"));
        List<List<String>> rows = new ArrayList<>();
        for (ApprovalLine a : entry.approvals()) {
            rows.add(List.of(text.of(a.kind()), a.step(), a.username(), DocumentText.utc(a.decidedAt()),
                    DocxWriter.shortRevision(a)));
            hashes.add(List.of(entry.code(), String.valueOf(a.revisionNumber()), a.sha256()));
        }
        page.table(content, "approvals", new int[] {16, 24, 16, 22, 22}, List.of(text.get("decision"), text.get("step"), text.get("by"),
                text.get("when"), text.get("revision")), rows);
        if (!entry.goals().isEmpty()) {
            page.add(content, "p", "label", text.get("goals"));
            for (Entry goal : entry.goals()) {
                entry(goal, 3, mark);
            }
        }
    }

    private static String areaId(Area area) {
        return "area-" + safe(area.code());
    }

    private static String id(Entry entry) {
        return "obj-" + safe(entry.code());
    }

    /** Codes are checked in the domain; this keeps an id valid whatever they hold. */
    private static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
