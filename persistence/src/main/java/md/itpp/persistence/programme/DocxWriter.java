package md.itpp.persistence.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;

/**
 * The programme document as DOCX: a cover page, a table of contents listing every area and
 * objective (written out, so it reads the same in any word processor without updating fields),
 * then the areas with their objectives, goals, milestones, indicators and approval records.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ProgrammeDocument document) {
        DocumentText text = new DocumentText(document.language());
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.programmeTitle());
            cover(docx, document, text);
            contents(docx, document, text);
            if (document.areas().isEmpty()) {
                paragraph(docx, text.get("empty"), false, 11);
            }
            for (Area area : document.areas()) {
                heading(docx, area.code() + " " + area.name(), 16);
                for (Entry entry : area.objectives()) {
                    entry(docx, entry, text, 14);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument docx, ProgrammeDocument document, DocumentText text) {
        XWPFParagraph title = docx.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(2400);
        XWPFRun run = title.createRun();
        run.setBold(true);
        run.setFontSize(22);
        run.setText(document.programmeTitle());
        centred(docx, text.get("cover.draft"), 16);
        centred(docx, text.get("cover.period") + ": " + document.startYear() + "–" + document.endYear(), 12);
        centred(docx, text.get("cover.count") + ": " + document.objectiveCount(), 12);
        centred(docx, text.get("cover.generated") + ": " + DocumentText.utc(document.generatedAt()), 10);
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void contents(XWPFDocument docx, ProgrammeDocument document, DocumentText text) {
        heading(docx, text.get("toc"), 16);
        for (Area area : document.areas()) {
            paragraph(docx, area.code() + " " + area.name(), true, 11);
            for (Entry entry : area.objectives()) {
                XWPFParagraph line = paragraph(docx, entry.code() + " " + entry.title(), false, 11);
                line.setIndentationLeft(400);
                for (Entry goal : entry.goals()) {
                    paragraph(docx, goal.code() + " " + goal.title(), false, 10).setIndentationLeft(800);
                }
            }
        }
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void entry(XWPFDocument docx, Entry entry, DocumentText text, int size) {
        heading(docx, entry.code() + " " + entry.title(), size);
        paragraph(docx, entry.text(), false, 11);
        paragraph(docx, text.get("lead") + ": " + entry.lead(), false, 10);
        String status = text.get("status") + ": " + text.of(entry.status());
        if (entry.decisionNumber() != null) {
            status += " — " + text.get("governmentDecision") + " " + entry.decisionNumber()
                    + (entry.decisionDate() == null ? "" : ", " + entry.decisionDate());
        }
        paragraph(docx, status, false, 10);
        if (!entry.milestones().isEmpty()) {
            paragraph(docx, text.get("milestones"), true, 11);
            XWPFTable table = table(docx, text.get("year"), text.get("description"));
            for (MilestoneLine m : entry.milestones()) {
                row(table, String.valueOf(m.year()), m.description());
            }
        }
        if (!entry.indicators().isEmpty()) {
            paragraph(docx, text.get("indicators"), true, 11);
            XWPFTable table = table(docx, text.get("indicator"), text.get("baseline"), text.get("target"),
                    text.get("unit"), text.get("means"));
            for (IndicatorLine i : entry.indicators()) {
                row(table, i.name(), i.baseline(), i.target(), i.unit(), i.meansOfVerification());
            }
        }
        paragraph(docx, text.get("approvalRecord"), true, 11);
        XWPFTable approvals = table(docx, text.get("decision"), text.get("step"), text.get("by"), text.get("when"),
                text.get("revision"));
        for (ApprovalLine a : entry.approvals()) {
            row(approvals, text.of(a.kind()), a.step(), a.username(), DocumentText.utc(a.decidedAt()),
                    a.revisionNumber() + " (" + a.sha256() + ")");
        }
        if (!entry.goals().isEmpty()) {
            paragraph(docx, text.get("goals"), true, 12);
            for (Entry goal : entry.goals()) {
                entry(docx, goal, text, 12);
            }
        }
    }

    private static XWPFParagraph heading(XWPFDocument docx, String value, int size) {
        XWPFParagraph paragraph = paragraph(docx, value, true, size);
        paragraph.setSpacingBefore(240);
        return paragraph;
    }

    private static void centred(XWPFDocument docx, String value, int size) {
        paragraph(docx, value, false, size).setAlignment(ParagraphAlignment.CENTER);
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String value, boolean bold, int size) {
        XWPFParagraph paragraph = docx.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Liberation Sans");
        run.setText(value == null ? "" : value);
        return paragraph;
    }

    private static XWPFTable table(XWPFDocument docx, String... headers) {
        XWPFTable table = docx.createTable(1, headers.length);
        XWPFTableRow header = table.getRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.getCell(i).setText(headers[i]);
        }
        table.setWidth("100%");
        return table;
    }

    private static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        List<String> values = java.util.Arrays.asList(cells);
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i) == null ? "" : values.get(i));
        }
    }
}
