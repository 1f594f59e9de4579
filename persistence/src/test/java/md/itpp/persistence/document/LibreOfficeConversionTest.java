package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.consultation.SynthesisExporter;
import md.itpp.persistence.monitoring.FiguresXlsx;
import md.itpp.persistence.monitoring.NationalReport;
import md.itpp.persistence.monitoring.NationalReportDocx;
import md.itpp.persistence.monitoring.NationalReportPdf;
import md.itpp.persistence.consultation.SynthesisFormat;
import md.itpp.persistence.consultation.SynthesisRow;
import md.itpp.persistence.programme.DocxWriter;
import md.itpp.persistence.programme.PdfWriter;
import md.itpp.persistence.programme.ProgrammeDocument;
import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;

/**
 * Opens the Word files and the workbooks (programme document, comment table, national report)
 * in a real office suite (LibreOffice headless, Debian's libreoffice-writer-nogui and
 * libreoffice-calc-nogui, which .ci/run installs) and converts them to PDF: the conversion must
 * succeed, every page must carry "page i of n" with the right n, landscape sections must come
 * out as landscape pages and the rest portrait, and the workbooks must print one page wide with
 * their header row on every page. The PDFs and PNG images of the first pages (pdftoppm, where
 * installed) of every document, and of the national report's first landscape page, are left in
 * {@code target/documents} to look at.
 *
 * <p>Skipped where {@code soffice} is missing, except on CI ({@code CI=true}), where that fails.
 */
class LibreOfficeConversionTest {

    private static final Path OUT = Path.of("target", "documents");
    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    private static Path soffice;

    @BeforeAll
    static void findOffice() throws IOException {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                soffice = Path.of(candidate);
            }
        }
        if (soffice == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("LibreOffice (soffice) is missing; .ci/run installs it");
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
        Files.createDirectories(OUT);
    }

    @Test
    void wordAndWorkbookConvertWithPageNumbersOnEveryPage() throws Exception {
        Path programme = write("programme-ro.docx", Written.bytes(programme(Language.RO), DocxWriter::write));
        Path programmeEn = write("programme-en.docx", Written.bytes(programme(Language.EN), DocxWriter::write));
        Path synthesisDocx = write("synthesis-ro.docx", SynthesisExporter.export(SynthesisFormat.DOCX, "Runda întâi",
                RoundState.SYNTHESIS_FINAL, synthesisRows(), Locale.forLanguageTag("ro")));
        Path synthesisXlsx = write("synthesis-ro.xlsx", SynthesisExporter.export(SynthesisFormat.XLSX, "Runda întâi",
                RoundState.SYNTHESIS_FINAL, synthesisRows(), Locale.forLanguageTag("ro")));
        // The application's own PDFs, kept for the same look.
        write("programme-ro.pdf", Written.bytes(programme(Language.RO), PdfWriter::write));
        write("synthesis-ro.pdf", SynthesisExporter.export(SynthesisFormat.PDF, "Runda întâi",
                RoundState.SYNTHESIS_FINAL, synthesisRows(), Locale.forLanguageTag("ro")));

        Path converted = OUT.resolve("libreoffice");
        Files.createDirectories(converted);
        convert(converted, programme, programmeEn, synthesisDocx, synthesisXlsx);

        List<String> pages = pages(converted.resolve("programme-ro.pdf"));
        assertTrue(pages.size() >= 4, "cover, contents, body over pages: " + pages.size());
        assertPageNumbers(pages, "Pagina", "din");
        assertTrue(pages.get(0).contains("Programul de Parteneriat Individual Adaptat"), pages.get(0));
        assertTrue(pages.get(1).contains("Cuprins") && pages.get(1).contains("SO-CYB-1"), "contents: " + pages.get(1));
        String all = String.join(" ", pages);
        assertTrue(all.contains("Specialiști instruiți") && all.contains("Obiectivul 9 în domeniul"), "ș ț ă î â");

        assertPageNumbers(pages(converted.resolve("programme-en.pdf")), "Page", "of");

        List<String> synthesis = pages(converted.resolve("synthesis-ro.pdf"));
        assertTrue(synthesis.size() >= 2, "the table runs over pages: " + synthesis.size());
        assertPageNumbers(synthesis, "Pagina", "din");
        for (String page : synthesis) {
            assertTrue(page.contains("Obiectivul și câmpul") && page.contains("Argumentarea"),
                    "heading row repeated: " + page);
        }

        List<String> sheet = pages(converted.resolve("synthesis-ro.pdf".replace("synthesis-ro", "synthesis-ro-xlsx")));
        assertTrue(sheet.size() >= 2, "the workbook prints over pages: " + sheet.size());
        assertPageNumbers(sheet, "Pagina", "din");
        for (String page : sheet) {
            // One page wide: the first and the last column's headings on every page, repeated.
            assertTrue(page.contains("Obiectivul și câmpul") && page.contains("Argumentarea"),
                    "first and last column and the repeated header row on: " + page);
        }
        try (PDDocument pdf = Loader.loadPDF(converted.resolve("synthesis-ro-xlsx.pdf").toFile())) {
            var box = pdf.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape");
        }
        try (PDDocument pdf = Loader.loadPDF(converted.resolve("synthesis-ro.pdf").toFile())) {
            List<String> orientations = DocumentChecks.pageOrientations(pdf);
            assertTrue(orientations.stream().allMatch("landscape"::equals), "the comment table is landscape: " + orientations);
        }
        screenshots(converted.resolve("programme-ro.pdf"), converted.resolve("synthesis-ro.pdf"),
                converted.resolve("synthesis-ro-xlsx.pdf"), OUT.resolve("programme-ro.pdf"), OUT.resolve("synthesis-ro.pdf"));
    }

    @Test
    void nationalReportConvertsWithPageNumbersAndItsAnnexOnLandscapePages() throws Exception {
        Path docx = write("national-report-ro.docx", Written.bytes(nationalReport(Language.RO), NationalReportDocx::write));
        Path docxEn = write("national-report-en.docx", Written.bytes(nationalReport(Language.EN), NationalReportDocx::write));
        Path xlsx = write("national-report-ro.xlsx", Written.bytes(nationalReport(Language.RO), FiguresXlsx::write));
        Path pdf = write("national-report-ro.pdf", Written.bytes(nationalReport(Language.RO), NationalReportPdf::write));

        Path converted = OUT.resolve("libreoffice");
        Files.createDirectories(converted);
        convert(converted, docx, docxEn, xlsx);

        Path word = converted.resolve("national-report-ro.pdf");
        List<String> pages = pages(word);
        assertTrue(pages.size() >= 5, "cover, contents, body over pages, annex: " + pages.size());
        assertPageNumbers(pages, "Pagina", "din");
        assertTrue(pages.get(0).contains("Raportul național de progres 2025"), pages.get(0));
        assertTrue(pages.get(1).contains("Cuprins") && pages.get(1).contains("SO-CYB-1"), "contents: " + pages.get(1));
        String all = String.join(" ", pages);
        assertTrue(all.contains("Specialiști instruiți") && all.contains("Exercițiul național desfășurat"), "ș ț ă î â");
        List<String> orientations;
        try (PDDocument document = Loader.loadPDF(word.toFile())) {
            orientations = DocumentChecks.pageOrientations(document);
        }
        int annex = orientations.indexOf("landscape");
        assertTrue(annex > 2, "the body is portrait: " + orientations);
        assertTrue(orientations.subList(annex, orientations.size()).stream().allMatch("landscape"::equals),
                "the annex, and only the annex, is landscape: " + orientations);
        assertTrue(pages.get(annex).contains("Anexă: progresul pe obiective"), "annex on the first landscape page: "
                + pages.get(annex));
        for (int p = 2; p < annex; p++) {
            assertFalse(pages.get(p).contains("Anexă: progresul pe obiective"), "no annex on portrait page " + (p + 1));
        }

        assertPageNumbers(pages(converted.resolve("national-report-en.pdf")), "Page", "of");

        List<String> sheets = pages(converted.resolve("national-report-ro-xlsx.pdf"));
        assertTrue(sheets.size() >= 4, "four sheets, the figures over pages: " + sheets.size());
        try (PDDocument document = Loader.loadPDF(converted.resolve("national-report-ro-xlsx.pdf").toFile())) {
            List<String> sheetOrientations = DocumentChecks.pageOrientations(document);
            assertTrue(sheetOrientations.stream().allMatch("landscape"::equals), "landscape: " + sheetOrientations);
        }
        assertPageNumbers(sheets, "Pagina", "din");
        String figures = String.join(" ", sheets);
        assertTrue(figures.contains(" da ") && figures.contains(" nu "), "set by hand shown as da/nu: " + figures);
        for (String page : sheets) {
            assertTrue(page.contains("Cod"), "the header row on every printed page: " + page);
        }
        screenshots(word, converted.resolve("national-report-ro-xlsx.pdf"), pdf);
        screenshot(word, annex + 1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            screenshot(pdf, document.getNumberOfPages());
        }
    }

    private static void assertPageNumbers(List<String> pages, String page, String of) {
        for (int i = 0; i < pages.size(); i++) {
            String expected = page + " " + (i + 1) + " " + of + " " + pages.size();
            assertTrue(pages.get(i).contains(expected), "\"" + expected + "\" on page " + (i + 1) + ": " + pages.get(i));
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(OUT.resolve(name), bytes);
    }

    /** Converts with a private profile under target/ and a time limit; the workbook's PDF gets its own name. */
    private static void convert(Path outDir, Path... files) throws Exception {
        Path profile = OUT.resolve("lo-profile").toAbsolutePath();
        Path xlsxDir = outDir.resolve("xlsx");
        Files.createDirectories(xlsxDir);
        List<Path> word = new ArrayList<>();
        List<Path> sheets = new ArrayList<>();
        for (Path f : files) {
            (f.toString().endsWith(".xlsx") ? sheets : word).add(f);
        }
        run(profile, outDir, word);
        run(profile, xlsxDir, sheets);
        for (Path s : sheets) {
            String base = s.getFileName().toString().replace(".xlsx", "");
            Files.move(xlsxDir.resolve(base + ".pdf"), outDir.resolve(base + "-xlsx.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void run(Path profile, Path outDir, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir",
                outDir.toAbsolutePath().toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        File log = OUT.resolve("libreoffice.log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 240 s: " + command);
        }
        assertEquals(0, process.exitValue(), "LibreOffice exit code, see " + log);
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.size(pdf) > 0, "converted " + name + ": " + Files.readString(log.toPath()));
        }
    }

    private static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** PNG images of the first two pages of each PDF, where pdftoppm is installed (not a check). */
    private static void screenshots(Path... pdfs) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Path dir = OUT.resolve("screenshots");
        Files.createDirectories(dir);
        for (Path pdf : pdfs) {
            String name = pdf.getParent().getFileName() + "-" + pdf.getFileName().toString().replace(".pdf", "");
            Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2",
                    pdf.toAbsolutePath().toString(), dir.resolve(name).toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A PNG image of page {@code page} of a PDF (named ...-page-N.png), where pdftoppm is installed. */
    private static void screenshot(Path pdf, int page) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Path dir = OUT.resolve("screenshots");
        Files.createDirectories(dir);
        String name = pdf.getParent().getFileName() + "-" + pdf.getFileName().toString().replace(".pdf", "") + "-page";
        Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "60", "-f", String.valueOf(page), "-l",
                String.valueOf(page), pdf.toAbsolutePath().toString(), dir.resolve(name).toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    // ---- sample content, long enough to run over several pages ----

    static NationalReport nationalReport(Language language) {
        boolean ro = language == Language.RO;
        String[][] names = {{"CYB", "Apărare cibernetică", "Cyber defence"},
                {"DIS", "Combaterea dezinformării", "Countering disinformation"},
                {"RES", "Reziliență și pregătire civilă", "Resilience and civil preparedness"}};
        List<NationalReport.Area> areas = new ArrayList<>();
        int n = 0;
        for (String[] area : names) {
            List<NationalReport.Objective> objectives = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                n++;
                String institution = ro ? "Ministerul Apărării" : "Ministry of Defence";
                NationalReport.Objective goal = new NationalReport.Objective("PG-" + area[0] + "-" + i + ".1",
                        ro ? "Obiectiv de parteneriat " + n + " – instruire și exerciții" : "Partnership goal " + n,
                        institution, ro ? "Acceptat" : "Accepted", "focal.ma", Instant.parse("2025-12-20T09:00:00Z"),
                        "62.5", "62.5", null,
                        ro ? "Exercițiul național desfășurat în octombrie; participare la exercițiul NATO amânată."
                                : "National exercise held in October; NATO exercise postponed.",
                        List.of(new NationalReport.MilestoneLine(2025, ro ? "Exercițiul național desfășurat"
                                        : "National exercise held", ro ? "Realizat" : "Completed", ""),
                                new NationalReport.MilestoneLine(2026, ro ? "Participare la exercițiul NATO"
                                        : "NATO exercise", ro ? "Întârziat" : "Delayed",
                                        ro ? "Amânat de organizatori" : "Postponed by the organisers")),
                        List.of(new NationalReport.IndicatorLine(ro ? "Specialiști instruiți" : "Trained specialists",
                                "0", "40", ro ? "persoane" : "persons", "25")),
                        List.of());
                objectives.add(new NationalReport.Objective("SO-" + area[0] + "-" + i,
                        ro ? "Obiectivul " + n + " în domeniul „" + area[1] + "”: capacități consolidate"
                                : "Objective " + n + " in " + area[2] + ": stronger capabilities",
                        institution, ro ? "Acceptat" : "Accepted", "focal.ma", Instant.parse("2025-12-21T09:00:00Z"),
                        i == 2 ? "75.0" : "62.5", "62.5", i == 2 ? (ro ? "Include instruirea MAI" : "Includes MAI training")
                        : null,
                        (ro ? "Capacitățile instituționale au fost dezvoltate conform planului; cadrul normativ a fost "
                                + "completat, iar cooperarea interinstituțională s-a intensificat. "
                                : "Institutional capabilities grew as planned; the legal framework was completed. ")
                                .repeat(3),
                        List.of(new NationalReport.MilestoneLine(2025, ro ? "Evaluarea de referință finalizată"
                                : "Baseline done", ro ? "Realizat" : "Completed", "")),
                        List.of(), List.of(goal)));
            }
            areas.add(new NationalReport.Area(area[0], ro ? area[1] : area[2], "65.3", objectives));
        }
        return new NationalReport(language, ro ? "Programul de Parteneriat Individual Adaptat"
                : "Individually Tailored Partnership Programme", ro ? "Raportul anual 2025" : "2025 annual report",
                2025, ro ? "Închisă" : "Closed", SHA, Instant.parse("2026-01-20T10:00:00Z"), "65.3", areas);
    }

    static ProgrammeDocument programme(Language language) {
        boolean ro = language == Language.RO;
        List<Area> areas = new ArrayList<>();
        String[][] names = {{"CYB", "Apărare cibernetică", "Cyber defence"},
                {"DIS", "Combaterea dezinformării", "Countering disinformation"},
                {"RES", "Reziliență și pregătire civilă", "Resilience and civil preparedness"}};
        int n = 0;
        for (String[] area : names) {
            List<Entry> objectives = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                n++;
                String code = "SO-" + area[0] + "-" + i;
                Entry goal = new Entry("PG-" + area[0] + "-" + i + ".1",
                        ro ? "Obiectiv de parteneriat " + n + " – instruire și exerciții" : "Partnership goal " + n,
                        ro ? "Organizarea exercițiilor naționale și participarea la exercițiile NATO." : "Exercises.",
                        "MA", ObjectiveStatus.APPROVED,
                        List.of(new MilestoneLine(2026, ro ? "Primul exercițiu desfășurat" : "First exercise held")),
                        List.of(), List.of(), approvals(), null, null);
                objectives.add(new Entry(code,
                        ro ? "Obiectivul " + n + " în domeniul „" + area[1] + "”: capacități consolidate"
                                : "Objective " + n + " in " + area[2] + ": stronger capabilities",
                        (ro ? "Dezvoltarea capacităților instituționale, a cadrului normativ și a cooperării "
                                + "interinstituționale, în conformitate cu standardele NATO și cu angajamentele asumate. "
                                : "Develop institutional capabilities, the legal framework and inter-agency cooperation. ")
                                .repeat(3),
                        ro ? "Ministerul Apărării (MA)" : "Ministry of Defence (MA)", ObjectiveStatus.ADOPTED,
                        List.of(new MilestoneLine(2025, ro ? "Evaluarea de referință finalizată" : "Baseline done"),
                                new MilestoneLine(2027, ro ? "Capacitate operațională inițială" : "Initial capability")),
                        List.of(new IndicatorLine(ro ? "Specialiști instruiți" : "Trained specialists", "0", "40",
                                ro ? "persoane" : "persons", ro ? "Raportul anual al STISC" : "Annual report of STISC")),
                        List.of(goal), approvals(), "HG nr. " + (100 + n), LocalDate.of(2026, 3, 11)));
            }
            areas.add(new Area(area[0], ro ? area[1] : area[2], objectives));
        }
        return new ProgrammeDocument(language, ro ? "Programul de Parteneriat Individual Adaptat"
                : "Individually Tailored Partnership Programme", 2025, 2028, Instant.parse("2026-03-12T12:00:00Z"), areas);
    }

    private static List<ApprovalLine> approvals() {
        return List.of(new ApprovalLine(DecisionKind.SIGN_OFF, "Area review / Avizarea pe domeniu", "reviewer",
                        Instant.parse("2026-02-27T08:00:00Z"), 2, SHA),
                new ApprovalLine(DecisionKind.APPROVAL, "", "approver", Instant.parse("2026-02-28T09:30:00Z"), 2, SHA));
    }

    static List<SynthesisRow> synthesisRows() {
        List<SynthesisRow> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(new SynthesisRow("SO-CYB-" + i, "Cyber defence " + i, "Apărare cibernetică " + i,
                    i % 2 == 0 ? CommentField.TEXT_RO : CommentField.GENERAL, i % 2 == 0 ? "MA" : "MAI",
                    "Ministry of Defence", i % 2 == 0 ? "Ministerul Apărării" : "Ministerul Afacerilor Interne",
                    PositionType.SUPPORT_WITH_COMMENTS, "01/" + (200 + i), LocalDate.of(2026, 11, 20),
                    "Să se precizeze rețelele și sistemele informaționale critice vizate de obiectiv, inclusiv "
                            + "cele ale autorităților publice locale, și termenul de implementare.",
                    i % 3 == 0 ? "Protejarea rețelelor și sistemelor informaționale critice ale statului" : null,
                    i % 4 == 0 ? CommentType.CRITICAL : CommentType.SUBSTANTIVE,
                    i % 2 == 0 ? DispositionType.ACCEPTED : DispositionType.NOT_ACCEPTED,
                    i % 2 == 0 ? null : "Termenul este stabilit prin hotărârea Guvernului și nu poate fi modificat.",
                    i % 2 == 0 ? 4 : null));
        }
        return rows;
    }
}
