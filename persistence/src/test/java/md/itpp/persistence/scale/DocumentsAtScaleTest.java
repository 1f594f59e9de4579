package md.itpp.persistence.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.document.DocumentChecks;
import md.itpp.persistence.monitoring.FiguresXlsx;
import md.itpp.persistence.monitoring.NationalReport;
import md.itpp.persistence.monitoring.NationalReportDocx;
import md.itpp.persistence.monitoring.NationalReportPdf;
import md.itpp.persistence.programme.DocxWriter;
import md.itpp.persistence.programme.ProgrammeDocument;

/**
 * The documents at ten times the real scale are complete: written through the streaming
 * writers and read back, the first and the last objective are there and every objective has its
 * heading or row. Not timed (bench/documents-benchmark.sh times them); what it guards is that a
 * streamed document is not cut short or reordered at scale.
 */
class DocumentsAtScaleTest {

    static final int REPORTS = 1_400;
    static final int OBJECTIVES = 5_000;
    /**
     * The PDF is laid out in parts of {@code PdfBook.PART_SIZE} objectives with their goals (60
     * reports here) and joined: 150 reports make several parts of both the body and the annex,
     * and stay quick (the whole period is timed by the benchmark).
     */
    static final int PDF_REPORTS = 150;

    private static int count(NationalReport report) {
        return report.areas().stream().mapToInt(a -> a.objectives().size()
                + a.objectives().stream().mapToInt(o -> o.goals().size()).sum()).sum();
    }

    private static int count(ProgrammeDocument document) {
        return document.areas().stream().mapToInt(a -> a.objectives().size()
                + a.objectives().stream().mapToInt(o -> o.goals().size()).sum()).sum();
    }

    @Test
    void theNationalReportOf1400ReportsIsCompleteInDocxAndXlsx() throws IOException {
        NationalReport report = ScaleModels.nationalReport(REPORTS, Language.RO);
        assertEquals(REPORTS, count(report));
        String first = ScaleModels.strategicCode(0);
        String last = ScaleModels.lastCode(report);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        NationalReportDocx.write(report, docx);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            String text = extractor.getText();
            assertTrue(text.contains(first + " Obiectivul " + first) && text.contains(last + " Obiectivul " + last),
                    "first and last objective");
            int headings = DocumentChecks.paragraphsInStyle(read, "Heading2").size()
                    + DocumentChecks.paragraphsInStyle(read, "Heading3").size();
            assertEquals(REPORTS, headings, "a heading per reported objective");
            var annex = read.getTables().get(read.getTables().size() - 1);
            assertEquals(REPORTS + 1, annex.getNumberOfRows(), "the annex has every objective");
            assertEquals(last, annex.getRow(REPORTS).getCell(0).getText());
            assertEquals(java.util.List.of("portrait", "landscape"), DocumentChecks.sectionOrientations(read));
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        FiguresXlsx.write(report, xlsx);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var figures = read.getSheetAt(1);
            assertEquals(REPORTS, figures.getLastRowNum(), "a row per objective under the header");
            assertEquals(first, figures.getRow(1).getCell(0).getStringCellValue());
            assertEquals(last, figures.getRow(REPORTS).getCell(0).getStringCellValue());
            assertEquals(REPORTS * 4, read.getSheetAt(2).getLastRowNum(), "four milestones each");
            assertEquals(REPORTS * 2, read.getSheetAt(3).getLastRowNum(), "two indicators each");
        }
    }

    @Test
    void theNationalReportPdfIsComplete() {
        NationalReport report = ScaleModels.nationalReport(PDF_REPORTS, Language.EN);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        NationalReportPdf.write(report, pdf);
        String text = DocumentChecks.pdfText(pdf.toByteArray());
        String first = ScaleModels.strategicCode(0);
        String last = ScaleModels.lastCode(report);
        assertTrue(text.contains(first + " Objective " + first), "first objective");
        assertTrue(text.contains(last + " Objective " + last), "last objective");
    }

    @Test
    void theProgrammeDocumentOf5000ObjectivesIsCompleteInDocx() throws IOException {
        ProgrammeDocument document = ScaleModels.programme(OBJECTIVES, Language.EN);
        assertEquals(OBJECTIVES, count(document));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxWriter.write(document, docx);
        String first = ScaleModels.strategicCode(0);
        String last = ScaleModels.lastCode(document);
        // Read with StAX, not XWPF, which would hold the whole body as a tree (and take half a minute).
        Body body = Body.read(docx.toByteArray());
        assertTrue(body.text.contains(first + " Objective " + first) && body.text.contains(last + " Objective " + last),
                "first and last objective");
        assertEquals(OBJECTIVES, body.headings2and3, "a heading per objective");
        assertEquals(OBJECTIVES + 1, body.lastTableRows, "the annex has every objective's hash");
        assertTrue(body.text.endsWith(last + " 2 " + ScaleModels.hash(last)), "the annex ends with the last objective");
    }

    /** The body of a DOCX as text (paragraphs separated by a space), its Heading 2 and 3 count and its last table's rows. */
    record Body(String text, int headings2and3, int lastTableRows) {

        static Body read(byte[] docx) throws IOException {
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals("word/document.xml")) {
                        return parse(zip);
                    }
                }
            }
            throw new AssertionError("no word/document.xml");
        }

        private static Body parse(java.io.InputStream in) throws IOException {
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            StringBuilder text = new StringBuilder();
            int headings = 0;
            int rows = 0;
            try {
                var xml = javax.xml.stream.XMLInputFactory.newFactory().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT && w.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "pStyle" -> {
                                String style = xml.getAttributeValue(w, "val");
                                if ("Heading2".equals(style) || "Heading3".equals(style)) {
                                    headings++;
                                }
                            }
                            case "tbl" -> rows = 0;
                            case "tr" -> rows++;
                            case "t" -> text.append(xml.getElementText());
                            case "p", "tc" -> text.append(text.length() == 0 || text.charAt(text.length() - 1) == ' ' ? "" : " ");
                            default -> { }
                        }
                    }
                }
            } catch (javax.xml.stream.XMLStreamException e) {
                throw new IOException(e);
            }
            return new Body(text.toString().strip(), headings, rows);
        }
    }
}
