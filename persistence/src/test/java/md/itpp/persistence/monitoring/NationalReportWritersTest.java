package md.itpp.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.document.DocumentChecks;
import md.itpp.persistence.document.Written;

/**
 * The national report as DOCX, PDF and XLSX, read back with POI, PDFBox and veraPDF: every
 * figure and narrative, and the same structure as the programme document's (styles, contents
 * field, page fields, sections; PDF/A-2a, PDF/UA-1, outline, language; printable sheets).
 */
class NationalReportWritersTest {

    private static NationalReport report(Language language) {
        boolean ro = language == Language.RO;
        NationalReport.Objective goal = new NationalReport.Objective("PG-INT-1.1",
                ro ? "Unități declarate" : "Units declared", ro ? "Ministerul Apărării" : "Ministry of Defence",
                ro ? "Acceptat" : "Accepted", "focal.ma", Instant.parse("2025-12-20T09:00:00Z"), "70.0", "70.0", null,
                ro ? "Centrul a fost deschis; șase ofițeri instruiți." : "The centre opened; six officers trained.",
                List.of(new NationalReport.MilestoneLine(2025, ro ? "Centru deschis" : "Centre opened",
                        ro ? "Realizat" : "Completed", "May")),
                List.of(new NationalReport.IndicatorLine(ro ? "Ofițeri instruiți" : "Officers trained", "0", "10",
                        "officers", "6")),
                List.of());
        NationalReport.Objective strategic = new NationalReport.Objective("SO-INT-1",
                ro ? "Interoperabilitate" : "Interoperability", ro ? "Ministerul Apărării" : "Ministry of Defence",
                ro ? "Acceptat" : "Accepted", "focal.ma", Instant.parse("2025-12-21T09:00:00Z"), "80.0", "70.0",
                "Includes the MAI training", "", List.of(), List.of(), List.of(goal));
        return new NationalReport(language, "ITPP", ro ? "Raportul anual 2025" : "2025 annual report", 2025,
                ro ? "Închisă" : "Closed", "ab".repeat(32), Instant.parse("2026-01-20T10:00:00Z"), "80.0",
                List.of(new NationalReport.Area("INT", ro ? "Interoperabilitate" : "Interoperability", "80.0",
                        List.of(strategic))));
    }

    private static final String TITLE_RO = "Raportul național de progres 2025";
    private static final String TITLE_EN = "National progress report 2025";

    @Test
    void docxHoldsEveryFigureAndNarrativeInRomanian() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(report(Language.RO), NationalReportDocx::write)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.startsWith(TITLE_RO), text);
            assertTrue(text.contains("Centrul a fost deschis; șase ofițeri instruiți."), text);
            assertTrue(text.contains("80.0 % (stabilit manual; calculat: 70.0 %; motiv: Includes the MAI training)"), text);
            assertTrue(text.contains("70.0 % (calculat)"), text);
            assertTrue(text.contains("Realizat"), text);
            assertTrue(text.contains("Ofițeri instruiți"), text);
            assertTrue(text.contains("ab".repeat(32)), text);
            assertTrue(text.contains("focal.ma, 2025-12-20 09:00 UTC"), text);
            int contents = text.indexOf("Cuprins");
            int body = text.indexOf("SO-INT-1 Interoperabilitate", contents + 10);
            assertTrue(contents > 0 && body > contents, "contents before the body: " + text);
        }
    }

    @Test
    void docxIsBuiltOnTheStyledTemplateWithTheAnnexInALandscapeSection() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(report(Language.RO), NationalReportDocx::write)))) {
            DocumentChecks.assertStyledWord(docx, "ro-RO", TITLE_RO, true);
            assertEquals(List.of(TITLE_RO), DocumentChecks.paragraphsInStyle(docx, "Title"));
            assertEquals(List.of("INT Interoperabilitate — 80.0 %", "Anexă: progresul pe obiective"),
                    DocumentChecks.paragraphsInStyle(docx, "Heading1"));
            assertEquals(List.of("SO-INT-1 Interoperabilitate"), DocumentChecks.paragraphsInStyle(docx, "Heading2"));
            assertEquals(List.of("PG-INT-1.1 Unități declarate"), DocumentChecks.paragraphsInStyle(docx, "Heading3"));
            assertEquals(4, DocumentChecks.paragraphsInStyle(docx, "TOC1").size()
                    + DocumentChecks.paragraphsInStyle(docx, "TOC2").size()
                    + DocumentChecks.paragraphsInStyle(docx, "TOC3").size(), "contents shown before the first update");
            assertTrue(docx.getFooterList().get(0).getText().contains("Pagina"), docx.getFooterList().get(0).getText());
            assertTrue(docx.getTables().stream().allMatch(t -> "ItppTable".equals(t.getStyleID())), "table style");
            assertTrue(docx.getTables().stream().allMatch(t -> t.getRow(0).isRepeatHeader()), "header rows repeat");
            // The body portrait, the annex's wide table in a landscape section across its width.
            assertEquals(List.of("portrait", "landscape"), DocumentChecks.sectionOrientations(docx));
            var annex = docx.getTables().get(docx.getTables().size() - 1);
            assertEquals("SO-INT-1", annex.getRow(1).getCell(0).getText());
            assertEquals("Motivul", annex.getRow(0).getCell(7).getText());
            assertEquals("Includes the MAI training", annex.getRow(1).getCell(7).getText());
            assertEquals("", annex.getRow(2).getCell(7).getText());
            long width = annex.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(c -> Long.parseLong(String.valueOf(c.getW()))).sum();
            assertTrue(width > 14000, "the annex spans the landscape width: " + width);
            var first = docx.getTables().get(0);
            long portrait = first.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(c -> Long.parseLong(String.valueOf(c.getW()))).sum();
            assertTrue(portrait < 10000, "a body table spans the portrait width: " + portrait);
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(report(Language.EN), NationalReportDocx::write)))) {
            DocumentChecks.assertStyledWord(docx, "en-GB", TITLE_EN, true);
            assertEquals(List.of("INT Interoperability — 80.0 %", "Annex: progress by objective"),
                    DocumentChecks.paragraphsInStyle(docx, "Heading1"));
        }
    }

    @Test
    void pdfHoldsEveryFigureAndNarrativeWithRomanianLettersAndInEnglish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Written.bytes(report(Language.RO), NationalReportPdf::write))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("șase ofițeri instruiți"), text);
            assertTrue(text.contains("INT Interoperabilitate — 80.0 %"), text);
            assertTrue(text.contains("80.0 % (stabilit manual; calculat: 70.0 %; motiv: Includes the MAI training)"), text);
            assertTrue(text.contains("focal.ma, 2025-12-20 09:00 UTC"), text);
            assertTrue(text.contains("ab".repeat(32)), text);
        }
        try (PDDocument pdf = Loader.loadPDF(Written.bytes(report(Language.EN), NationalReportPdf::write))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("National progress report"), text);
            assertTrue(text.contains("The centre opened; six officers trained."), text);
            assertTrue(text.contains("Completed"), text);
            assertFalse(text.contains("Realizat"), text);
        }
    }

    @Test
    void pdfIsArchivalAndAccessibleWithTheAnnexOnLandscapePages() throws IOException {
        byte[] ro = Written.bytes(report(Language.RO), NationalReportPdf::write);
        DocumentChecks.assertArchivalPdf(ro, "ro-RO", TITLE_RO, "Pagina", "din",
                List.of("INT Interoperabilitate — 80.0 %", "SO-INT-1 Interoperabilitate", "PG-INT-1.1 Unități declarate",
                        "Anexă: progresul pe obiective"));
        DocumentChecks.assertPdfUa(ro, TITLE_RO);
        assertTrue(DocumentChecks.structureTypes(ro).containsAll(List.of("H1", "H2", "H3", "Table", "TH", "TD", "Link")),
                "headings, table headers and links tagged: " + DocumentChecks.structureTypes(ro));
        try (PDDocument pdf = Loader.loadPDF(ro)) {
            List<String> pages = DocumentChecks.pageOrientations(pdf);
            assertEquals("portrait", pages.get(0), "cover");
            assertEquals("landscape", pages.get(pages.size() - 1), "annex: " + pages);
            assertEquals(pages.size() - 1, pages.indexOf("landscape"), "only the annex is landscape: " + pages);
            // The annex's table uses the landscape width, not the portrait pages' (text beyond 595 pt).
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    positions.forEach(p -> right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj()));
                    super.writeString(string, positions);
                }
            };
            stripper.setStartPage(pages.size());
            stripper.setEndPage(pages.size());
            String annex = stripper.getText(pdf);
            assertTrue(annex.contains("Motivul") && annex.contains("Includes the MAI training"), annex);
            assertTrue(right[0] > 700, "the annex spans the landscape page: text ends at " + right[0] + " pt");
        }
        byte[] en = Written.bytes(report(Language.EN), NationalReportPdf::write);
        DocumentChecks.assertArchivalPdf(en, "en-GB", TITLE_EN, "Page", "of",
                List.of("INT Interoperability — 80.0 %", "SO-INT-1 Interoperability", "Annex: progress by objective"));
        DocumentChecks.assertPdfUa(en, TITLE_EN);
    }

    @Test
    void xlsxHoldsEveryFigureAsNumbersOnPrintableSheets() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Written.bytes(report(Language.EN), FiguresXlsx::write)))) {
            assertEquals(List.of("Areas", "Figures", "Milestones", "Indicators"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            assertEquals(80.0, workbook.getSheet("Areas").getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            XSSFSheet figures = workbook.getSheet("Figures");
            assertEquals("SO-INT-1", figures.getRow(1).getCell(0).getStringCellValue());
            assertEquals(80.0, figures.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(70.0, figures.getRow(1).getCell(6).getNumericCellValue(), 1e-9);
            assertTrue(figures.getRow(1).getCell(7).getBooleanCellValue());
            assertEquals("\"yes\";\"yes\";\"no\"", figures.getRow(1).getCell(7).getCellStyle().getDataFormatString());
            assertEquals("Includes the MAI training", figures.getRow(1).getCell(8).getStringCellValue());
            assertEquals("PG-INT-1.1", figures.getRow(2).getCell(0).getStringCellValue());
            assertEquals("focal.ma, 2025-12-20 09:00 UTC", figures.getRow(2).getCell(9).getStringCellValue());
            assertEquals(2025.0, workbook.getSheet("Milestones").getRow(1).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("Completed", workbook.getSheet("Milestones").getRow(1).getCell(3).getStringCellValue());
            assertEquals("6", workbook.getSheet("Indicators").getRow(1).getCell(5).getStringCellValue());
            DocumentChecks.assertPrintableSheet(workbook, 0, 0, 1, 2);
            DocumentChecks.assertPrintableSheet(workbook, 1, 0, 2, 9);
            DocumentChecks.assertPrintableSheet(workbook, 2, 0, 1, 4);
            DocumentChecks.assertPrintableSheet(workbook, 3, 0, 1, 5);
            assertTrue(figures.getHeader().getCenter().contains(TITLE_EN), figures.getHeader().getCenter());
            assertEquals(TITLE_EN, workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void anEmptyPeriodSaysSo() throws IOException {
        NationalReport empty = new NationalReport(Language.EN, "ITPP", "2026", 2026, "Open", null, Instant.now(), "",
                List.of());
        byte[] bytes = Written.bytes(empty, NationalReportPdf::write);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("No objective is reported on in this period."), text);
            assertTrue(text.contains("Overall progress: no data"), text);
        }
        assertEquals(List.of(), DocumentChecks.veraPdfFailures(bytes, PDFAFlavour.PDFA_2_A));
        assertEquals(List.of(), DocumentChecks.veraPdfFailures(bytes, PDFAFlavour.PDFUA_1));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(empty, NationalReportDocx::write)))) {
            assertEquals(List.of("portrait"), DocumentChecks.sectionOrientations(docx));
            assertTrue(docx.getTables().isEmpty());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Written.bytes(empty, FiguresXlsx::write)))) {
            DocumentChecks.assertPrintableSheet(workbook, 1, 0, 0, 9);
        }
    }
}
