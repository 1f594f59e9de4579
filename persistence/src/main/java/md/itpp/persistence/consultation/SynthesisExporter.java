package md.itpp.persistence.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.RoundState;

/**
 * Writes the comment-resolution table (sinteza obiecțiilor și propunerilor) as DOCX, PDF and
 * XLSX with document libraries (POI, OpenPDF), never hand-built markup. Headings are in
 * Romanian and English, one above the other, as the ministries exchange the table with
 * partners; the cells are in the requested language. The PDF embeds Liberation Sans, which
 * has the Romanian letters ș ț ă î â (the standard PDF fonts do not).
 */
public final class SynthesisExporter {

    static final String[] HEADINGS = {"heading.objective", "heading.institution", "heading.comment",
            "heading.type", "heading.disposition", "heading.justification"};
    private static final String FONT = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "liberation/LiberationSans-Bold.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private SynthesisExporter() {
    }

    public static byte[] export(SynthesisFormat format, String roundTitle, RoundState state, List<SynthesisRow> rows,
                                Locale locale) {
        List<String> preamble = List.of(
                ConsultationTexts.text(ConsultationTexts.ROMANIAN, "synthesis.title") + " / "
                        + ConsultationTexts.text(Locale.ROOT, "synthesis.title"),
                ConsultationTexts.text(locale, "synthesis.round", roundTitle),
                ConsultationTexts.text(locale, "synthesis.state", ConsultationTexts.label(locale, state)),
                ConsultationTexts.text(locale, "synthesis.generated",
                        DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(ZonedDateTime.now(Invitation.ZONE))));
        List<String> headings = new ArrayList<>();
        for (String key : HEADINGS) {
            headings.add(ConsultationTexts.text(ConsultationTexts.ROMANIAN, key) + "\n"
                    + ConsultationTexts.text(Locale.ROOT, key));
        }
        List<List<String>> cells = rows.stream().map(row -> cells(row, locale)).toList();
        try {
            return switch (format) {
                case DOCX -> docx(preamble, headings, cells, locale);
                case PDF -> pdf(preamble, headings, cells, locale);
                case XLSX -> xlsx(preamble, headings, cells);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The six cells of one row, as text with line breaks. */
    static List<String> cells(SynthesisRow row, Locale locale) {
        boolean ro = ConsultationTexts.isRomanian(locale);
        String title = ro ? firstNonBlank(row.objectiveTitleRo(), row.objectiveTitleEn())
                : firstNonBlank(row.objectiveTitleEn(), row.objectiveTitleRo());
        String objective = row.objectiveCode() + " " + title + "\n" + ConsultationTexts.label(locale, row.field());
        StringBuilder institution = new StringBuilder(row.institutionAbbreviation()).append(" ")
                .append(ro ? row.institutionNameRo() : row.institutionNameEn());
        if (row.letterNumber() != null) {
            institution.append("\n").append(ConsultationTexts.text(locale, "label.letter", row.letterNumber(),
                    row.letterDate() == null ? "" : DATE.format(row.letterDate())));
        }
        if (row.position() != null) {
            institution.append("\n").append(ConsultationTexts.text(locale, "label.position",
                    ConsultationTexts.label(locale, row.position())));
        }
        String comment = row.comment() + (row.proposedWording() == null ? ""
                : "\n" + ConsultationTexts.text(locale, "label.proposedWording") + " " + row.proposedWording());
        String disposition = row.disposition() == null ? ConsultationTexts.text(locale, "label.notDisposed")
                : ConsultationTexts.label(locale, row.disposition());
        if (row.appliedRevision() != null) {
            disposition += "\n" + ConsultationTexts.text(locale, "label.applied", row.appliedRevision());
        }
        return List.of(objective, institution.toString(), comment, ConsultationTexts.label(locale, row.type()),
                disposition, row.justification() == null ? "" : row.justification());
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }

    // ---- DOCX ----------------------------------------------------------------------------

    private static byte[] docx(List<String> preamble, List<String> headings, List<List<String>> rows, Locale locale)
            throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            for (int i = 0; i < preamble.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                if (i == 0) {
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                }
                XWPFRun run = paragraph.createRun();
                run.setBold(i == 0);
                run.setFontSize(i == 0 ? 14 : 10);
                run.setText(preamble.get(i));
            }
            if (rows.isEmpty()) {
                document.createParagraph().createRun().setText(ConsultationTexts.text(locale, "synthesis.empty"));
            }
            XWPFTable table = document.createTable(rows.size() + 1, headings.size());
            table.setWidth("100%");
            fill(table.getRow(0), headings, true);
            for (int r = 0; r < rows.size(); r++) {
                fill(table.getRow(r + 1), rows.get(r), false);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(java.math.BigInteger.valueOf(16838));
        size.setH(java.math.BigInteger.valueOf(11906));
    }

    private static void fill(XWPFTableRow row, List<String> texts, boolean heading) {
        if (heading) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            String[] lines = texts.get(c).split("\n", -1);
            XWPFRun run = paragraph.createRun();
            run.setBold(heading);
            run.setFontSize(9);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    run.addBreak();
                }
                run.setText(lines[l], l);
            }
        }
    }

    // ---- PDF -----------------------------------------------------------------------------

    private static byte[] pdf(List<String> preamble, List<String> headings, List<List<String>> rows, Locale locale)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont regular = font(FONT);
            BaseFont bold = font(BOLD_FONT);
            com.lowagie.text.Font text = new com.lowagie.text.Font(regular, 8);
            com.lowagie.text.Font heading = new com.lowagie.text.Font(bold, 8);
            document.open();
            for (int i = 0; i < preamble.size(); i++) {
                Paragraph paragraph = new Paragraph(preamble.get(i),
                        i == 0 ? new com.lowagie.text.Font(bold, 13) : new com.lowagie.text.Font(regular, 9));
                if (i == 0) {
                    paragraph.setAlignment(Element.ALIGN_CENTER);
                }
                paragraph.setSpacingAfter(i == preamble.size() - 1 ? 8 : 2);
                document.add(paragraph);
            }
            if (rows.isEmpty()) {
                document.add(new Paragraph(ConsultationTexts.text(locale, "synthesis.empty"), text));
            }
            PdfPTable table = new PdfPTable(new float[] {16, 16, 30, 8, 12, 18});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : headings) {
                PdfPCell cell = new PdfPCell(new Phrase(h, heading));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (String value : row) {
                    table.addCell(new PdfPCell(new Phrase(value, text)));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IOException("PDF not written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = SynthesisExporter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the class path: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (DocumentException e) {
            throw new IOException("Font not readable: " + resource, e);
        }
    }

    // ---- XLSX ----------------------------------------------------------------------------

    private static byte[] xlsx(List<String> preamble, List<String> headings, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sinteza");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(wrap);
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (String line : preamble) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            int headerRow = r;
            write(sheet.createRow(r++), headings, bold);
            for (List<String> row : rows) {
                write(sheet.createRow(r++), row, wrap);
            }
            int[] widths = {30, 30, 60, 14, 20, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
        }
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
