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

import md.itpp.domain.objective.Language;

/** The national report as DOCX, PDF and XLSX, read back with POI and PDFBox: every figure and narrative. */
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

    @Test
    void docxHoldsEveryFigureAndNarrativeInRomanian() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(NationalReportDocx.write(report(Language.RO))));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.contains("Raportul național de progres"), text);
            assertTrue(text.contains("Centrul a fost deschis; șase ofițeri instruiți."), text);
            assertTrue(text.contains("80.0 % (stabilit manual; calculat: 70.0 %; motiv: Includes the MAI training)"), text);
            assertTrue(text.contains("70.0 % (calculat)"), text);
            assertTrue(text.contains("Realizat"), text);
            assertTrue(text.contains("Ofițeri instruiți"), text);
            assertTrue(text.contains("ab".repeat(32)), text);
            assertTrue(text.contains("focal.ma, 2025-12-20 09:00 UTC"), text);
        }
    }

    @Test
    void pdfHoldsEveryFigureAndNarrativeWithRomanianLettersAndInEnglish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(NationalReportPdf.write(report(Language.RO)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("șase ofițeri instruiți"), text);
            assertTrue(text.contains("INT Interoperabilitate — 80.0 %"), text);
        }
        try (PDDocument pdf = Loader.loadPDF(NationalReportPdf.write(report(Language.EN)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("National progress report"), text);
            assertTrue(text.contains("The centre opened; six officers trained."), text);
            assertTrue(text.contains("Completed"), text);
            assertFalse(text.contains("Realizat"), text);
        }
    }

    @Test
    void xlsxHoldsEveryFigureAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FiguresXlsx.write(report(Language.EN))))) {
            assertEquals(80.0, workbook.getSheet("Areas").getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            XSSFSheet figures = workbook.getSheet("Figures");
            assertEquals("SO-INT-1", figures.getRow(1).getCell(0).getStringCellValue());
            assertEquals(80.0, figures.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(70.0, figures.getRow(1).getCell(6).getNumericCellValue(), 1e-9);
            assertTrue(figures.getRow(1).getCell(7).getBooleanCellValue());
            assertEquals("Includes the MAI training", figures.getRow(1).getCell(8).getStringCellValue());
            assertEquals("PG-INT-1.1", figures.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Completed", workbook.getSheet("Milestones").getRow(1).getCell(3).getStringCellValue());
            assertEquals("6", workbook.getSheet("Indicators").getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void anEmptyPeriodSaysSo() throws IOException {
        NationalReport empty = new NationalReport(Language.EN, "ITPP", "2026", 2026, "Open", null, Instant.now(), "",
                List.of());
        try (PDDocument pdf = Loader.loadPDF(NationalReportPdf.write(empty))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("No objective is reported on in this period."), text);
            assertTrue(text.contains("Overall progress: no data"), text);
        }
    }
}
