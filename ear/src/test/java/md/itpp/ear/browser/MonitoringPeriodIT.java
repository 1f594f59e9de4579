package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import md.itpp.ear.Deployments;
import md.itpp.ear.services.MonitoringProbe;

/**
 * A whole reporting period in headless Chromium (axe-core checks every page loaded): the
 * negotiator opens it; an expert of the lead institution (MA) drafts the goal's report, and the
 * page refuses an evidence file with a false ending and one over the limit with their reasons;
 * the contributing institution (MAI) adds its input to the strategic objective's report, which
 * the lead's focal point sees before submitting it; the focal point submits the goal's report
 * with a PDF attached; the negotiator returns that report with a reason, the focal
 * point corrects and resubmits it, the negotiator accepts; the period closes; and the national
 * report (DOCX and PDF, Romanian and English) and the figures (XLSX), fetched through the
 * period page's links with the browser's session, hold every figure and narrative entered.
 * <p>
 * The period's year is shared with {@code MonitoringFilesIT} and {@code MonitoringRemindersIT}:
 * each drops it first. The reports on objectives other than the journey's (the demo's, other
 * classes') are accepted by {@link MonitoringFixtureServlet}, so that the period can close.
 */
@BrowserJourney
class MonitoringPeriodIT {

    static final int YEAR = 2028;
    static final String STRATEGIC = "SO-EDU-8";
    static final String GOAL = "PG-EDU-8.1";
    private static final String TITLE = "Annual report " + YEAR + " (journey)";

    private static final String NARRATIVE_RO = "Centrul a fost deschis; 6 ofițeri instruiți.";
    private static final String CORRECTED_RO = "Centrul a fost deschis la 3 martie; 6 ofițeri instruiți.";
    private static final String NARRATIVE_EN = "The centre opened on 3 March; 6 officers trained.";
    private static final String STRATEGIC_RO = "Obiectivul avansează conform planului.";
    private static final String STRATEGIC_EN = "The objective advances as planned.";
    private static final String DONE_COMMENT = "Opened in March";
    private static final String RISK_COMMENT = "Trainers arrive late";
    private static final String QUALITATIVE = "Draft law in Parliament";
    private static final String INPUT = "MAI trained 2 of the 6 officers.";
    /** Completed (100), at risk (25) and 6 of 0-10 officers (60), weighted equally; the law does not count. */
    private static final String GOAL_FIGURE = "61.7";
    private static final double GOAL_VALUE = (100.0 + 25.0 + 60.0) / 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData(new Class<?>[] {MonitoringProbe.class},
                MonitoringFixtureServlet.class);
    }

    private BrowserSession chromium;
    private Path files;

    @AfterEach
    void removeFiles() throws IOException {
        if (files != null) {
            try (Stream<Path> walk = Files.walk(files)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void aPeriodRunsFromOpeningToTheNationalReport() throws IOException {
        files = Files.createTempDirectory("itpp-monitoring-journey");
        chromium.signIn("negotiator");
        fixture("prepare");
        MonitoringPeriodPage period = MonitoringPeriodsPage.open(chromium.driver(), chromium.base()).openPeriod(TITLE, YEAR);
        assertEquals("Open", period.state(), period.messages());
        String periodId = period.id();
        fixture("settle");
        period = MonitoringPeriodPage.open(chromium.driver(), chromium.base(), periodId);
        String goal = period.reportId(GOAL);
        String strategic = period.reportId(STRATEGIC);

        // An expert of the lead institution: two refused files, then the draft.
        chromium.signIn("expert.ma");
        ProgressReportPage report = ProgressReportPage.open(chromium.driver(), chromium.base(), goal);
        assertEquals("Draft", report.state());
        report = report.attach(file("photo.png", pdf("not a photo")));
        assertTrue(report.messages().contains("The file “photo.png” is named as “.png” but its content is PDF"),
                report.messages());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, big, 0, 20);
        report = report.attach(file("big.pdf", big));
        assertTrue(report.messages().contains("The file “big.pdf” is larger than the limit of 10 MB."), report.messages());
        assertTrue(report.evidenceText().isBlank(), "nothing attached: " + report.evidenceText());
        report = report.milestone(0, "Completed", DONE_COMMENT).milestone(1, "At risk", RISK_COMMENT)
                .indicator(0, "6").indicator(1, QUALITATIVE).narrative(NARRATIVE_RO, NARRATIVE_EN).save();
        assertTrue(report.messages().contains("The draft is saved."), report.messages());
        assertFalse(report.canSubmit(), "an expert drafts, the focal point submits");
        ProgressReportPage.open(chromium.driver(), chromium.base(), strategic).narrative(STRATEGIC_RO, STRATEGIC_EN).save();

        // The contributing institution (of the strategic objective).
        chromium.signIn("consultee.mai");
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), strategic).contribute(INPUT);
        assertTrue(report.messages().contains("Your input is saved."), report.messages());

        // The lead's focal point sees the input and submits; attaches the evidence to the goal's and submits.
        chromium.signIn("focal.ma");
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), strategic);
        assertTrue(report.inputsText().contains(INPUT), report.inputsText());
        assertTrue(report.submit().state().startsWith("Submitted"));
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), goal);
        report = report.attach(file("Raport de activitate.pdf", pdf("evidence")));
        assertTrue(report.evidenceText().contains("Raport de activitate.pdf"), report.evidenceText());
        report = report.submit();
        assertTrue(report.state().startsWith("Submitted"), report.state() + " " + report.messages());

        // The negotiator returns the goal's report; the focal point corrects and resubmits it.
        chromium.signIn("negotiator");
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), goal).returnWith("Say when the centre opened");
        assertTrue(report.state().startsWith("Returned"), report.state() + " " + report.messages());
        chromium.signIn("focal.ma");
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), goal);
        assertEquals("Say when the centre opened", report.returnReason());
        report = report.narrative(CORRECTED_RO, NARRATIVE_EN).submit();
        assertTrue(report.state().startsWith("Submitted"), report.state() + " " + report.messages());

        // Accepted, and the period closes.
        chromium.signIn("negotiator");
        report = ProgressReportPage.open(chromium.driver(), chromium.base(), goal).accept();
        assertTrue(report.state().startsWith("Accepted"), report.state() + " " + report.messages());
        assertTrue(report.progress().startsWith(GOAL_FIGURE), report.progress());
        ProgressReportPage.open(chromium.driver(), chromium.base(), strategic).accept();
        period = MonitoringPeriodPage.open(chromium.driver(), chromium.base(), periodId);
        assertTrue(period.canClose(), period.reportRows().toString());
        period = period.close();
        assertEquals("Closed", period.state(), period.messages());
        assertTrue(period.snapshot().matches("[0-9a-f]{64}"), period.snapshot());

        // The documents, through the page's links.
        String docxRo = docxText(download(period.downloadHref("report-docx-ro")));
        assertHolds(docxRo, "Raportul național de progres", CORRECTED_RO, STRATEGIC_RO, "Realizat", "În situație de risc",
                DONE_COMMENT, RISK_COMMENT, QUALITATIVE, "Ofițeri instruiți", GOAL_FIGURE, "focal.ma");
        assertFalse(docxRo.contains(NARRATIVE_RO), "the narrative as corrected, not as first submitted");
        String docxEn = docxText(download(period.downloadHref("report-docx-en")));
        assertHolds(docxEn, "National progress report", NARRATIVE_EN, STRATEGIC_EN, "Completed", "At risk", DONE_COMMENT,
                RISK_COMMENT, QUALITATIVE, "Officers trained", GOAL_FIGURE);
        assertHolds(pdfText(download(period.downloadHref("report-pdf-ro"))), "Raportul național de progres",
                CORRECTED_RO, STRATEGIC_RO, "Realizat", DONE_COMMENT, RISK_COMMENT, QUALITATIVE, GOAL_FIGURE);
        assertHolds(pdfText(download(period.downloadHref("report-pdf-en"))), "National progress report", NARRATIVE_EN,
                STRATEGIC_EN, "Completed", "At risk", DONE_COMMENT, RISK_COMMENT, QUALITATIVE, GOAL_FIGURE);
        checkFigures(download(period.downloadHref("figures-xlsx")));
    }

    private void checkFigures(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet figures = workbook.getSheet("Figures");
            int found = 0;
            for (Row row : figures) {
                String code = row.getRowNum() == 0 ? "" : row.getCell(0).getStringCellValue();
                if (code.equals(GOAL) || code.equals(STRATEGIC)) {
                    // The workbook keeps the figures as the documents print them, to one decimal.
                    assertEquals(Math.round(GOAL_VALUE * 10) / 10.0, row.getCell(5).getNumericCellValue(), 1e-9, code);
                    found++;
                }
            }
            assertEquals(2, found, "both objectives' figures");
            DataFormatter cells = new DataFormatter();
            String milestones = sheetText(workbook.getSheet("Milestones"), cells);
            assertHolds(milestones, "Completed", DONE_COMMENT, "At risk", RISK_COMMENT);
            String indicators = sheetText(workbook.getSheet("Indicators"), cells);
            assertHolds(indicators, "Officers trained", QUALITATIVE);
            assertTrue(indicators.matches("(?s).*Officers trained.*\\b6\\b.*"), indicators);
        }
    }

    private static String sheetText(Sheet sheet, DataFormatter cells) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cells.formatCellValue(cell)).append('\t')));
        return text.toString();
    }

    private static void assertHolds(String text, String... expected) {
        List<String> missing = Stream.of(expected).filter(e -> !text.contains(e)).toList();
        assertTrue(missing.isEmpty(), "missing " + missing + " in: " + text);
    }

    /** A request to the test fixture, with the browser's session. */
    private void fixture(String step) {
        byte[] answer = download(chromium.base() + "test/monitoring-fixture?step=" + step);
        assertEquals("done " + step, new String(answer, StandardCharsets.UTF_8));
    }

    /** Fetches an address with the signed-in browser's cookies, as a click on the link would. */
    private byte[] download(String address) {
        String cookies = chromium.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), address);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = files.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** A small PDF by its signature, which is what the type check reads. */
    private static byte[] pdf(String note) {
        return ("%PDF-1.7\n% " + note + "\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
