package md.itpp.persistence.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The national report as PDF, laid out like {@link NationalReportDocx}'s, in the embedded
 * Liberation Sans (the standard PDF fonts lack the Romanian ș and ț).
 */
public final class NationalReportPdf {

    private final BaseFont regular;
    private final BaseFont bold;
    private final ReportText text;

    private NationalReportPdf(ReportText text) {
        this.text = text;
        this.regular = font("liberation/LiberationSans-Regular.ttf");
        this.bold = font("liberation/LiberationSans-Bold.ttf");
    }

    public static byte[] write(NationalReport report) {
        return new NationalReportPdf(new ReportText(report.language())).render(report);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = NationalReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] render(NationalReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            pdf.addTitle(text.get("title") + " " + report.year());
            pdf.open();
            Paragraph title = new Paragraph(text.get("title"), new Font(bold, 20));
            title.setAlignment(Element.ALIGN_CENTER);
            pdf.add(title);
            Paragraph programme = new Paragraph(report.programmeTitle(), new Font(regular, 12));
            programme.setAlignment(Element.ALIGN_CENTER);
            pdf.add(programme);
            line(pdf, text.get("period") + ": " + report.periodTitle(), false, 11);
            line(pdf, text.get("state") + ": " + report.state(), false, 11);
            if (report.snapshotSha256() != null) {
                line(pdf, text.get("snapshot") + ": " + report.snapshotSha256(), false, 8);
            }
            line(pdf, text.get("generated") + ": " + ReportText.utc(report.generatedAt()), false, 9);
            line(pdf, text.get("overall") + ": " + NationalReportDocx.percent(report.overall(), text), true, 12);
            if (report.areas().isEmpty()) {
                line(pdf, text.get("empty"), false, 11);
            }
            for (NationalReport.Area area : report.areas()) {
                Paragraph heading = new Paragraph(area.code() + " " + area.name() + " — "
                        + NationalReportDocx.percent(area.progress(), text), new Font(bold, 16));
                heading.setSpacingBefore(14);
                pdf.add(heading);
                for (NationalReport.Objective objective : area.objectives()) {
                    objective(pdf, objective, 14);
                }
            }
            pdf.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private void objective(Document pdf, NationalReport.Objective o, int size) throws DocumentException {
        Paragraph heading = new Paragraph(o.code() + " " + o.title(), new Font(bold, size));
        heading.setSpacingBefore(10);
        pdf.add(heading);
        line(pdf, text.get("institution") + ": " + o.institution() + "; " + text.get("reportState") + ": " + o.state()
                + (o.submittedBy() == null ? "" : "; " + text.get("submitted") + ": " + o.submittedBy() + ", "
                + ReportText.utc(o.submittedAt())), false, 10);
        line(pdf, text.get("progress") + ": " + NationalReportDocx.progress(o, text), false, 11);
        if (!o.milestones().isEmpty()) {
            line(pdf, text.get("milestones"), true, 11);
            PdfPTable table = table(text.get("year"), text.get("milestone"), text.get("status"), text.get("comment"));
            o.milestones().forEach(m -> cells(table, String.valueOf(m.year()), m.description(), m.status(), m.comment()));
            pdf.add(table);
        }
        if (!o.indicators().isEmpty()) {
            line(pdf, text.get("indicators"), true, 11);
            PdfPTable table = table(text.get("indicator"), text.get("baseline"), text.get("target"), text.get("unit"),
                    text.get("value"));
            o.indicators().forEach(i -> cells(table, i.name(), i.baseline(), i.target(), i.unit(), i.value()));
            pdf.add(table);
        }
        if (!o.narrative().isEmpty()) {
            line(pdf, text.get("narrative"), true, 11);
            line(pdf, o.narrative(), false, 11);
        }
        if (!o.goals().isEmpty()) {
            line(pdf, text.get("goals"), true, 12);
            for (NationalReport.Objective goal : o.goals()) {
                objective(pdf, goal, 12);
            }
        }
    }

    private void line(Document pdf, String value, boolean isBold, float size) throws DocumentException {
        pdf.add(new Paragraph(value == null ? "" : value, new Font(isBold ? bold : regular, size)));
    }

    private PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, new Font(bold, 9))));
        }
        table.setHeaderRows(1);
        return table;
    }

    private void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, new Font(regular, 9))));
        }
    }
}
