package md.itpp.persistence.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
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

import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;

/**
 * The programme document as PDF, laid out like {@link DocxWriter}'s. The text is set in the
 * embedded Liberation Sans (from openpdf-fonts-extra): the standard PDF fonts lack the Romanian
 * ș and ț. The table of contents links to each area and objective.
 */
public final class PdfWriter {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;
    private final DocumentText text;

    private PdfWriter(DocumentText text) {
        this.text = text;
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    public static byte[] write(ProgrammeDocument document) {
        return new PdfWriter(new DocumentText(document.language())).render(document);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
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

    private Font regular(float size) {
        return new Font(regular, size);
    }

    private Font bold(float size) {
        return new Font(bold, size);
    }

    private byte[] render(ProgrammeDocument model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            pdf.addTitle(model.programmeTitle());
            pdf.open();
            cover(pdf, model);
            pdf.newPage();
            contents(pdf, model);
            pdf.newPage();
            if (model.areas().isEmpty()) {
                pdf.add(new Paragraph(text.get("empty"), regular(11)));
            }
            for (Area area : model.areas()) {
                Paragraph heading = new Paragraph();
                heading.add(target(area.code(), area.code() + " " + area.name(), bold(16)));
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(6);
                pdf.add(heading);
                for (Entry entry : area.objectives()) {
                    entry(pdf, entry, 14);
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void cover(Document pdf, ProgrammeDocument model) throws DocumentException {
        Paragraph title = new Paragraph(model.programmeTitle(), bold(22));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(160);
        title.setSpacingAfter(24);
        pdf.add(title);
        centred(pdf, text.get("cover.draft"), 16);
        centred(pdf, text.get("cover.period") + ": " + model.startYear() + "–" + model.endYear(), 12);
        centred(pdf, text.get("cover.count") + ": " + model.objectiveCount(), 12);
        centred(pdf, text.get("cover.generated") + ": " + DocumentText.utc(model.generatedAt()), 10);
    }

    private void centred(Document pdf, String value, float size) throws DocumentException {
        Paragraph paragraph = new Paragraph(value, regular(size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        pdf.add(paragraph);
    }

    private void contents(Document pdf, ProgrammeDocument model) throws DocumentException {
        pdf.add(new Paragraph(text.get("toc"), bold(16)));
        for (Area area : model.areas()) {
            Paragraph line = new Paragraph();
            line.add(link(area.code(), area.code() + " " + area.name(), bold(11)));
            pdf.add(line);
            for (Entry entry : area.objectives()) {
                Paragraph item = new Paragraph();
                item.setIndentationLeft(18);
                item.add(link(entry.code(), entry.code() + " " + entry.title(), regular(11)));
                pdf.add(item);
                for (Entry goal : entry.goals()) {
                    Paragraph sub = new Paragraph();
                    sub.setIndentationLeft(36);
                    sub.add(link(goal.code(), goal.code() + " " + goal.title(), regular(10)));
                    pdf.add(sub);
                }
            }
        }
    }

    private static Anchor link(String name, String value, Font font) {
        Anchor anchor = new Anchor(value, font);
        anchor.setReference("#" + name);
        return anchor;
    }

    private static Anchor target(String name, String value, Font font) {
        Anchor anchor = new Anchor(value, font);
        anchor.setName(name);
        return anchor;
    }

    private void entry(Document pdf, Entry entry, float size) throws DocumentException {
        Paragraph heading = new Paragraph();
        heading.add(target(entry.code(), entry.code() + " " + entry.title(), bold(size)));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        pdf.add(heading);
        pdf.add(new Paragraph(entry.text(), regular(11)));
        pdf.add(new Paragraph(text.get("lead") + ": " + entry.lead(), regular(10)));
        String status = text.get("status") + ": " + text.of(entry.status());
        if (entry.decisionNumber() != null) {
            status += " — " + text.get("governmentDecision") + " " + entry.decisionNumber()
                    + (entry.decisionDate() == null ? "" : ", " + entry.decisionDate());
        }
        pdf.add(new Paragraph(status, regular(10)));
        if (!entry.milestones().isEmpty()) {
            pdf.add(subheading(text.get("milestones")));
            PdfPTable table = table(text.get("year"), text.get("description"));
            table.setWidths(new float[] {1, 6});
            for (MilestoneLine m : entry.milestones()) {
                cells(table, String.valueOf(m.year()), m.description());
            }
            pdf.add(table);
        }
        if (!entry.indicators().isEmpty()) {
            pdf.add(subheading(text.get("indicators")));
            PdfPTable table = table(text.get("indicator"), text.get("baseline"), text.get("target"),
                    text.get("unit"), text.get("means"));
            for (IndicatorLine i : entry.indicators()) {
                cells(table, i.name(), i.baseline(), i.target(), i.unit(), i.meansOfVerification());
            }
            pdf.add(table);
        }
        pdf.add(subheading(text.get("approvalRecord")));
        PdfPTable approvals = table(text.get("decision"), text.get("step"), text.get("by"), text.get("when"),
                text.get("revision"));
        approvals.setWidths(new float[] {2, 2, 2, 2, 4});
        for (ApprovalLine a : entry.approvals()) {
            cells(approvals, text.of(a.kind()), a.step(), a.username(), DocumentText.utc(a.decidedAt()),
                    a.revisionNumber() + " (" + a.sha256() + ")");
        }
        pdf.add(approvals);
        if (!entry.goals().isEmpty()) {
            pdf.add(subheading(text.get("goals")));
            for (Entry goal : entry.goals()) {
                entry(pdf, goal, 12);
            }
        }
    }

    private Paragraph subheading(String value) {
        Paragraph paragraph = new Paragraph(value, bold(11));
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, bold(9))));
        }
        return table;
    }

    private void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value == null ? "" : value, regular(9))));
            table.addCell(cell);
        }
    }
}
