package md.itpp.persistence.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.persistence.document.DocumentChecks;

/** The three documents hold every row, the bilingual headings and the Romanian letters, read back. */
class SynthesisExporterTest {

    private static final List<SynthesisRow> ROWS = List.of(
            new SynthesisRow("SO-CYB-1", "Cyber defence", "Apărare cibernetică", CommentField.TEXT_RO, "MA",
                    "Ministry of Defence", "Ministerul Apărării", PositionType.SUPPORT_WITH_COMMENTS, "01/234",
                    LocalDate.of(2026, 11, 20), "Să se precizeze rețelele critice", "Protejarea rețelelor și sistemelor",
                    CommentType.SUBSTANTIVE, DispositionType.ACCEPTED, null, 4),
            new SynthesisRow("SO-CYB-1", "Cyber defence", "Apărare cibernetică", CommentField.GENERAL, "MAI",
                    "Ministry of Internal Affairs", "Ministerul Afacerilor Interne", PositionType.OBJECTION, "MAI-77",
                    LocalDate.of(2026, 11, 21), "Objection to the timeline", null, CommentType.CRITICAL,
                    DispositionType.NOT_ACCEPTED, "Termenul este stabilit prin hotărâre", null));

    @Test
    void docxHoldsEveryRow() throws IOException {
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.DOCX, "Runda întâi", RoundState.SYNTHESIS_FINAL, ROWS,
                Locale.forLanguageTag("ro"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertAll(text, "Sinteza obiecțiilor și propunerilor", "Comment-resolution table", "Obiectivul și câmpul",
                    "Objective and field", "Să se precizeze rețelele critice", "Protejarea rețelelor și sistemelor",
                    "01/234", "2026-11-20", "MAI-77", "Acceptată", "Neacceptată", "Termenul este stabilit prin hotărâre",
                    "Obiecție", "revizia 4");
        }
    }

    @Test
    void docxIsALandscapeDocumentOnTheStyledTemplate() throws IOException {
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.DOCX, "Runda întâi", RoundState.SYNTHESIS_FINAL, ROWS,
                Locale.forLanguageTag("ro"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = "Sinteza obiecțiilor și propunerilor / Comment-resolution table";
            DocumentChecks.assertStyledWord(document, "ro-RO", title, false);
            assertEquals(List.of("Sinteza obiecțiilor și propunerilor\nComment-resolution table"),
                    DocumentChecks.paragraphsInStyle(document, "Heading1"));
            var titleRuns = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                    .orElseThrow().getRuns();
            assertEquals("en-GB", titleRuns.get(titleRuns.size() - 1).getLang(), "the English title line is tagged en-GB");
            // The document is the table: one section, A4 landscape.
            assertEquals(List.of("landscape"), DocumentChecks.sectionOrientations(document));
            var table = document.getTables().get(0);
            assertEquals("ItppTable", table.getStyleID());
            assertTrue(table.getRow(0).isRepeatHeader(), "heading row repeats on every page");
            assertEquals(ROWS.size() + 1, table.getNumberOfRows());
            var heading = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns();
            assertEquals("ro-RO", heading.get(0).getLang());
            assertEquals("en-GB", heading.get(heading.size() - 1).getLang(), "English heading line tagged en-GB");
        }
    }

    @Test
    void pdfIsArchivalAndAccessible() {
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.PDF, "Runda întâi", RoundState.CLOSED, ROWS,
                Locale.forLanguageTag("ro"));
        DocumentChecks.assertArchivalPdf(bytes, "ro-RO", "Sinteza obiecțiilor și propunerilor / Comment-resolution table",
                "Pagina", "din", List.of("Sinteza obiecțiilor și propunerilor / Comment-resolution table"));
        DocumentChecks.assertPdfUa(bytes, "Sinteza obiecțiilor și propunerilor / Comment-resolution table");
    }

    @Test
    void xlsxPrintsOnPagesOneWideWithItsHeaderRow() throws IOException {
        List<SynthesisRow> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(ROWS);
        }
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.XLSX, "Round one", RoundState.CLOSED, many, Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // Four preamble lines, a blank one, the header row at index 5, then the rows.
            DocumentChecks.assertPrintableSheet(workbook, 5, 5 + many.size(), 5);
            assertTrue(workbook.getSheetAt(0).getRow(6).getHeightInPoints() > 2 * 12.75f,
                    "a row with a letter and a position is several lines high");
        }
    }

    /** A download's response: written as the table is made, and left open for the servlet. */
    @Test
    void everyFormatIsWrittenToTheCallersStreamWhichStaysOpen() throws IOException {
        for (SynthesisFormat format : SynthesisFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream response = new FilterOutputStream(bytes) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    throw new AssertionError(format + " closed the caller's stream");
                }
            };
            SynthesisExporter.export(format, "Round one", RoundState.CLOSED, ROWS, Locale.ENGLISH, Runnable::run, response);
            String text = switch (format) {
                case DOCX -> {
                    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()));
                         XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                        yield extractor.getText();
                    }
                }
                case PDF -> {
                    try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
                        yield new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                    }
                }
                case XLSX -> {
                    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                        yield workbook.getSheetAt(0).getRow(7).getCell(2).getStringCellValue();
                    }
                }
            };
            assertAll(text, "Objection to the timeline");
        }
    }

    @Test
    void pdfHoldsEveryRowWithRomanianLetters() throws IOException {
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.PDF, "Runda întâi", RoundState.CLOSED, ROWS,
                Locale.forLanguageTag("ro"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertAll(text, "Sinteza obiecțiilor și propunerilor", "Objective and field", "Să se precizeze rețelele critice",
                    "01/234", "MAI-77", "Acceptată", "Neacceptată", "Termenul este stabilit prin hotărâre");
        }
    }

    @Test
    void xlsxHoldsEveryRowInEnglish() throws IOException {
        byte[] bytes = SynthesisExporter.export(SynthesisFormat.XLSX, "Round one", RoundState.CLOSED, ROWS, Locale.ENGLISH);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.getStringCellValue()).append(" | ");
                }
            }
        }
        assertAll(text.toString(), "Comment-resolution table", "Disposition", "Argumentarea", "Accepted", "Not accepted",
                "Objection to the timeline", "Ministry of Internal Affairs", "Critical", "Text (Romanian)");
    }

    private static void assertAll(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "missing \"" + e + "\" in: " + text);
        }
    }
}
