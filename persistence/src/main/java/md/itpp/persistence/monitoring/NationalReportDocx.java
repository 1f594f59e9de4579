package md.itpp.persistence.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The national report as DOCX: the period and its overall figure, then by area each objective
 * with its goals, milestone statuses, indicator values against target, the narrative, the
 * progress (computed or set by hand, with the reason) and who reported when.
 */
public final class NationalReportDocx {

    private NationalReportDocx() {
    }

    public static byte[] write(NationalReport report) {
        ReportText text = new ReportText(report.language());
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(text.get("title") + " " + report.year());
            XWPFParagraph title = paragraph(docx, text.get("title"), true, 20);
            title.setAlignment(ParagraphAlignment.CENTER);
            paragraph(docx, report.programmeTitle(), false, 12).setAlignment(ParagraphAlignment.CENTER);
            paragraph(docx, text.get("period") + ": " + report.periodTitle(), false, 11);
            paragraph(docx, text.get("state") + ": " + report.state(), false, 11);
            if (report.snapshotSha256() != null) {
                paragraph(docx, text.get("snapshot") + ": " + report.snapshotSha256(), false, 9);
            }
            paragraph(docx, text.get("generated") + ": " + ReportText.utc(report.generatedAt()), false, 9);
            paragraph(docx, text.get("overall") + ": " + percent(report.overall(), text), true, 12);
            if (report.areas().isEmpty()) {
                paragraph(docx, text.get("empty"), false, 11);
            }
            for (NationalReport.Area area : report.areas()) {
                paragraph(docx, area.code() + " " + area.name() + " — " + percent(area.progress(), text), true, 16)
                        .setSpacingBefore(240);
                for (NationalReport.Objective objective : area.objectives()) {
                    objective(docx, objective, text, 14);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void objective(XWPFDocument docx, NationalReport.Objective o, ReportText text, int size) {
        paragraph(docx, o.code() + " " + o.title(), true, size).setSpacingBefore(200);
        paragraph(docx, text.get("institution") + ": " + o.institution() + "; " + text.get("reportState") + ": "
                + o.state() + (o.submittedBy() == null ? "" : "; " + text.get("submitted") + ": " + o.submittedBy()
                + ", " + ReportText.utc(o.submittedAt())), false, 10);
        paragraph(docx, text.get("progress") + ": " + progress(o, text), false, 11);
        if (!o.milestones().isEmpty()) {
            paragraph(docx, text.get("milestones"), true, 11);
            XWPFTable table = table(docx, text.get("year"), text.get("milestone"), text.get("status"), text.get("comment"));
            o.milestones().forEach(m -> row(table, String.valueOf(m.year()), m.description(), m.status(), m.comment()));
        }
        if (!o.indicators().isEmpty()) {
            paragraph(docx, text.get("indicators"), true, 11);
            XWPFTable table = table(docx, text.get("indicator"), text.get("baseline"), text.get("target"),
                    text.get("unit"), text.get("value"));
            o.indicators().forEach(i -> row(table, i.name(), i.baseline(), i.target(), i.unit(), i.value()));
        }
        if (!o.narrative().isEmpty()) {
            paragraph(docx, text.get("narrative"), true, 11);
            for (String line : o.narrative().split("\n")) {
                paragraph(docx, line, false, 11);
            }
        }
        if (!o.goals().isEmpty()) {
            paragraph(docx, text.get("goals"), true, 12);
            o.goals().forEach(goal -> objective(docx, goal, text, 12));
        }
    }

    static String progress(NationalReport.Objective o, ReportText text) {
        String shown = percent(o.progress(), text);
        return o.overrideReason() == null ? shown + " (" + text.get("computed") + ")"
                : shown + " (" + text.get("setByHand") + "; " + text.get("computed") + ": " + percent(o.computed(), text)
                + "; " + text.get("reason") + ": " + o.overrideReason() + ")";
    }

    static String percent(String value, ReportText text) {
        return value == null || value.isEmpty() ? text.get("noData") : value + " %";
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String value, boolean bold, int size) {
        XWPFParagraph paragraph = docx.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(value == null ? "" : value);
        return paragraph;
    }

    private static XWPFTable table(XWPFDocument docx, String... headers) {
        XWPFTable table = docx.createTable(1, headers.length);
        XWPFTableRow header = table.getRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.getCell(i).setText(headers[i]);
        }
        return table;
    }

    private static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
        }
    }
}
