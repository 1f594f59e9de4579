package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import md.itpp.ear.Deployments;

/**
 * A full consultation round in headless Chromium, each step by the role that takes it, then
 * the downloaded tables read back with POI and PDFBox; and consultees probing rounds and
 * comments that are not theirs by URL.
 */
@BrowserJourney
class ConsultationIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    /** Dates as the date pickers take them: day, month, year. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Chisinau")).format(DAY);
    private static final String NEXT_MONTH = LocalDate.now(ZoneId.of("Europe/Chisinau")).plusMonths(1).format(DAY);

    static final String EXPERT_TEXT = "Name the training centres " + RUN + ".";
    static final String WORDING = "Train cyber defence specialists in the national training centres " + RUN + ".";
    static final String EDITORIAL = "Typo in the Romanian title " + RUN + ".";
    static final String FOCAL_TEXT = "Add a baseline for 2025 " + RUN + ".";
    static final String OBJECTION = "The timeline cannot be met by the Ministry of Internal Affairs " + RUN + ".";
    static final String JUSTIFICATION = "Termenul este fixat prin hotărârea Guvernului " + RUN + ".";
    static final String PARTIAL = "Baseline to be set by the Ministry of Defence in 2026 " + RUN + ".";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    private void signIn(String username) {
        chromium.signIn(username);
    }

    /**
     * A new strategic objective, written in the editor, with the code given. Led by the
     * Ministry of Finance, with codes before SO-CYB-1: BrowserIT looks for demo objectives on
     * first pages of the list (Defence's objectives by code, everyone's by code descending).
     */
    private String newObjective(String code) {
        return EditorPage.openNew(chromium.driver(), chromium.base())
                .essentials(code, "Education and training", "Ministry of Finance (MF)",
                        "Training of specialists " + code, "Instruirea specialiștilor " + code,
                        "Train cyber defence specialists.", "Instruirea specialiștilor.")
                .saveNew();
    }

    /** The negotiator configures and opens a round on the objective for the institutions. */
    private RoundPage openRound(String title, String code, String... institutions) {
        ConfigureRoundPage configure = ConfigureRoundPage.openNew(chromium.driver(), chromium.base())
                .title(title).deadline(NEXT_MONTH, "18:00").addObjective(code);
        assertTrue(configure.chosenText().contains(code), configure.bodyText());
        for (String institution : institutions) {
            configure.invite(institution);
        }
        RoundPage round = configure.save();
        assertEquals("Planned", round.state(), round.bodyText());
        round = round.openRound();
        assertEquals("Open", round.state(), round.messages() + round.bodyText());
        return round;
    }

    @Test
    void aFullRoundFromOpeningToTheDownloadedTable() throws Exception {
        String code = "SO-CNS-" + RUN;
        signIn("negotiator");
        newObjective(code);
        String roundId = openRound("Training round " + RUN, code, "Ministry of Defence (MA)",
                "Ministry of Internal Affairs (MAI)").idInUrl();

        // An expert of the Ministry of Defence drafts comments; experts cannot submit.
        signIn("expert.ma");
        RoundPage expert = RoundPage.open(chromium.driver(), chromium.base(), roundId);
        assertTrue(expert.bodyText().contains("Train cyber defence specialists."), "the frozen text is shown");
        expert = expert.comment("Text (English)", "Substantive", EXPERT_TEXT, WORDING);
        expert = expert.comment("Title (Romanian)", "Editorial", EDITORIAL, null);
        assertEquals(List.of(EXPERT_TEXT, EDITORIAL), expert.ownComments(), expert.messages());
        assertFalse(expert.canSubmit(), "only the focal point submits");

        // The focal point consolidates: edits, drops one, adds one, submits the position.
        signIn("focal.ma");
        RoundPage focal = RoundPage.open(chromium.driver(), chromium.base(), roundId);
        focal = focal.drop(EDITORIAL);
        assertEquals("Dropped", focal.ownStatus(EDITORIAL));
        focal = focal.comment("Indicators", "Critical", FOCAL_TEXT + " draft", null);
        focal = focal.edit(FOCAL_TEXT + " draft", FOCAL_TEXT);
        focal = focal.submitPosition("Support with comments", "01/234-" + RUN, TODAY);
        assertTrue(focal.messages().contains("submitted"), focal.messages());
        assertEquals("Submitted", focal.ownStatus(EXPERT_TEXT));
        assertFalse(focal.canComment(), "a submitted position is read-only");

        // The other institution objects.
        signIn("focal.mai");
        RoundPage mai = RoundPage.open(chromium.driver(), chromium.base(), roundId);
        assertFalse(mai.bodyText().contains(EXPERT_TEXT), "never another institution's comments");
        mai = mai.comment("Whole objective", "Critical", OBJECTION, null);
        mai = mai.submitPosition("Objection", "MAI-77-" + RUN, TODAY);
        assertTrue(mai.messages().contains("submitted"), mai.messages());

        // The negotiator disposes of every comment, closes, applies the wording, finalises.
        signIn("negotiator");
        RoundPage table = RoundPage.open(chromium.driver(), chromium.base(), roundId);
        assertEquals(3, table.tableRows(), table.bodyText());
        assertFalse(table.bodyText().contains(EDITORIAL), "the dropped comment was never sent");
        assertEquals(0, table.openDispositionForms(), "no row is open until the negotiator picks one");
        assertEquals(3, table.dispositionLinks(), "each row offers its disposition");
        table = table.dispose(OBJECTION, "Not accepted", null);
        assertTrue(table.messages().contains("justification"), "justification required: " + table.messages());
        assertTrue(table.dispositionOpen(OBJECTION), "a refused disposition keeps its row open");
        assertEquals(1, table.openDispositionForms(), "one row at a time");
        table = table.dispose(OBJECTION, "Not accepted", JUSTIFICATION);
        assertEquals(0, table.openDispositionForms(), "a saved disposition closes its row");
        assertEquals("Not accepted", table.dispositionShown(OBJECTION));
        table = table.dispose(EXPERT_TEXT, "Accepted", null);
        table = table.dispose(FOCAL_TEXT, "Partially accepted", PARTIAL);
        table = table.closeRound();
        assertEquals("Closed", table.state());
        table = table.apply(EXPERT_TEXT);
        assertTrue(table.messages().contains("revision 2"), table.messages());
        assertTrue(table.appliedShown(EXPERT_TEXT).contains("2"));
        table = table.finalizeSynthesis();
        assertEquals("Synthesis final", table.state(), table.messages());
        assertEquals("Accepted", table.dispositionShown(EXPERT_TEXT));

        List<String> expected = List.of(EXPERT_TEXT, WORDING, FOCAL_TEXT, OBJECTION, JUSTIFICATION, PARTIAL,
                "01/234-" + RUN, "MAI-77-" + RUN, code);
        String docx = docxText(table.download("download-docx"));
        String pdf = pdfText(table.download("download-pdf"));
        String xlsx = xlsxText(table.download("download-xlsx"));
        // Compared without white space: table cells wrap lines wherever the width ends.
        List<String> headings = List.of("Sinteza obiecțiilor și propunerilor", "Objective and field",
                "Obiectivul și câmpul", "Accepted", "Partially accepted", "Not accepted");
        for (String text : concat(expected, headings)) {
            assertTrue(squeeze(docx).contains(squeeze(text)), "DOCX lacks " + text + ": " + docx);
            assertTrue(squeeze(pdf).contains(squeeze(text)), "PDF lacks " + text + ": " + pdf);
            assertTrue(squeeze(xlsx).contains(squeeze(text)), "XLSX lacks " + text + ": " + xlsx);
        }
        assertFalse(squeeze(docx + pdf + xlsx).contains(squeeze(EDITORIAL)), "the dropped comment is in no file");

        // The wording is in the draft, in a revision of its own.
        ObjectivePage objective = ObjectivePage.open(chromium.driver(), chromium.base(), objectiveId(code));
        assertTrue(objective.bodyText().contains(WORDING), objective.bodyText());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private String objectiveId(String code) {
        ObjectivesListPage list = ObjectivesListPage.open(chromium.driver(), chromium.base());
        list.text(code).search();
        return list.openObjective(code).idInUrl();
    }

    @Test
    void consulteesCannotReachOtherInstitutionsRoundsOrCommentsByUrl() throws Exception {
        String code = "SO-CNA-" + RUN;
        signIn("negotiator");
        newObjective(code);
        String onlyDefence = openRound("Defence only " + RUN, code, "Ministry of Defence (MA)").idInUrl();
        String code2 = "SO-CNB-" + RUN;
        newObjective(code2);
        String both = openRound("Both " + RUN, code2, "Ministry of Defence (MA)",
                "Ministry of Internal Affairs (MAI)").idInUrl();

        signIn("expert.ma");
        RoundPage expert = RoundPage.open(chromium.driver(), chromium.base(), both).comment("Whole objective", "Substantive",
                "Draft of Defence " + RUN, null);
        String commentId = expert.editUrl("Draft of Defence " + RUN).replaceAll(".*[?&]comment=(\\d+).*", "$1");
        assertTrue(commentId.matches("\\d+"), commentId);

        signIn("focal.mai");
        long logBefore = logSize();
        RoundPage.open(chromium.driver(), chromium.base(), onlyDefence);
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading());
        assertFalse(chromium.driver().getPageSource().contains("Defence only " + RUN), "nothing of the round is shown");

        chromium.driver().get(chromium.base() + "consultation/round.xhtml?id=" + both + "&comment=" + commentId);
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading());
        assertFalse(chromium.driver().getPageSource().contains("Draft of Defence " + RUN), "nothing of the comment is shown");

        chromium.driver().get(chromium.base() + "consultation/synthesis?id=" + both + "&format=pdf");
        assertEquals("Access denied", new ErrorPage(chromium.driver(), chromium.base()).heading(), "consultees download no table");
        chromium.driver().get(chromium.base() + "consultation/configure.xhtml");
        assertEquals("Access denied", new ErrorPage(chromium.driver(), chromium.base()).heading());

        RoundPage own = RoundPage.open(chromium.driver(), chromium.base(), both);
        assertFalse(own.bodyText().contains("Draft of Defence " + RUN), "the invited round shows only MAI's comments");
        // A page, comment or row that is not a number is left out with a message, not an error page.
        chromium.driver().get(chromium.base() + "consultation/round.xhtml?id=" + both + "&page=two&comment=x1&dispose=-3");
        String misread = own.bodyText();
        assertTrue(misread.contains("Both " + RUN) && misread.contains("was not understood and has been left out"), misread);
        String log = newLog(logBefore);
        assertTrue(log.contains("Refused: focal.mai") && log.contains("round " + onlyDefence), log);
        assertTrue(log.contains("comment " + commentId), log);
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");
    }

    private static long logSize() throws Exception {
        return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
    }

    private static String newLog(long from) throws Exception {
        Thread.sleep(1000);
        byte[] all = Files.readAllBytes(serverLog());
        return new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)),
                StandardCharsets.UTF_8);
    }

    static String docxText(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
