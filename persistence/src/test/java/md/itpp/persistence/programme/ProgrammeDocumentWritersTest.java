package md.itpp.persistence.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.document.DocumentChecks;
import md.itpp.persistence.document.Written;
import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;

/** The programme document written as DOCX and PDF, read back with POI and PDFBox. */
class ProgrammeDocumentWritersTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static ProgrammeDocument document(Language language) {
        boolean ro = language == Language.RO;
        Entry goal = new Entry("PG-CYB-1.1", ro ? "Echipă națională de răspuns" : "National response team",
                ro ? "Înființarea echipei." : "Set up the team.", "STISC", ObjectiveStatus.APPROVED,
                List.of(new MilestoneLine(2026, ro ? "Echipă operațională" : "Team operational")), List.of(), List.of(),
                List.of(new ApprovalLine(DecisionKind.APPROVAL, "", "approver", Instant.parse("2026-03-01T10:15:00Z"), 1, SHA)),
                null, null);
        Entry strategic = new Entry("SO-CYB-1", ro ? "Apărare cibernetică națională consolidată" : "Strengthened cyber defence",
                ro ? "Dezvoltarea capabilităților de protecție a infrastructurii." : "Develop the capabilities.",
                ro ? "Serviciul Tehnologia Informației și Securitate Cibernetică (STISC)" : "ITCSS (STISC)",
                ObjectiveStatus.ADOPTED,
                List.of(new MilestoneLine(2025, ro ? "Evaluarea de referință finalizată" : "Baseline assessment")),
                List.of(new IndicatorLine(ro ? "Specialiști instruiți" : "Trained specialists", "0", "40",
                        ro ? "persoane" : "persons", ro ? "Raport anual" : "Annual report")),
                List.of(goal),
                List.of(new ApprovalLine(DecisionKind.SIGN_OFF, "Area review / Avizarea pe domeniu", "reviewer",
                                Instant.parse("2026-02-27T08:00:00Z"), 2, SHA),
                        new ApprovalLine(DecisionKind.APPROVAL, "", "approver", Instant.parse("2026-02-28T09:30:00Z"), 2, SHA)),
                "HG nr. 123", LocalDate.of(2026, 3, 11));
        return new ProgrammeDocument(language, ro ? "Programul de Parteneriat Individual Adaptat" : "Individually Tailored Partnership Programme",
                2025, 2028, Instant.parse("2026-03-12T12:00:00Z"),
                List.of(new Area("CYB", ro ? "Apărare cibernetică" : "Cyber defence", List.of(strategic))));
    }

    @Test
    void docxHasCoverContentsObjectivesAndApprovalRecordInRomanian() throws IOException {
        byte[] bytes = Written.bytes(document(Language.RO), DocxWriter::write);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.startsWith("Programul de Parteneriat Individual Adaptat"), text);
            assertTrue(text.contains("Proiect consolidat"));
            assertTrue(text.contains("Perioada: 2025–2028"));
            int contents = text.indexOf("Cuprins");
            int body = text.indexOf("SO-CYB-1 Apărare cibernetică națională consolidată", contents + 10);
            assertTrue(contents > 0 && body > contents, "contents before the body: " + text);
            assertTrue(text.contains("Specialiști instruiți"));
            assertTrue(text.contains("Istoricul aprobării"));
            assertTrue(text.contains("Hotărârea Guvernului HG nr. 123, 11.03.2026"));
            assertTrue(text.contains("PG-CYB-1.1 Echipă națională de răspuns"));
            String tables = docx.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertTrue(tables.contains("reviewer") && tables.contains("2026-02-27 08:00 UTC")
                    && tables.contains("2 · " + SHA.substring(0, 12) + "…"), tables);
            assertTrue(text.contains("Anexă: amprentele textelor aprobate") && tables.contains(SHA), "full hash in the annex");
            assertTrue(tables.contains("Avizat") && tables.contains("Aprobat"), tables);
        }
    }

    @Test
    void pdfHasCoverContentsObjectivesAndApprovalRecordWithRomanianLetters() throws IOException {
        byte[] bytes = Written.bytes(document(Language.RO), PdfWriter::write);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 3, "cover, contents, body");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf);
            assertTrue(cover.contains("Programul de Parteneriat Individual Adaptat"), cover);
            assertTrue(cover.contains("Proiect consolidat"), cover);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(pdf);
            assertTrue(contents.contains("Cuprins") && contents.contains("SO-CYB-1"), contents);
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Apărare cibernetică națională consolidată"), text);
            assertTrue(text.contains("Specialiști instruiți"), "ș and ț survive: " + text);
            assertTrue(text.contains("Istoricul aprobării"), text);
            assertTrue(text.contains("approver") && text.contains("2026-02-28 09:30 UTC"), text);
            assertTrue(text.contains("2 · " + SHA.substring(0, 12) + "…"), "short hash in the record: " + text);
            assertTrue(text.contains(SHA), "full hash in the annex: " + text);
        }
    }

    @Test
    void docxIsBuiltOnTheStyledTemplate() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(document(Language.RO), DocxWriter::write)))) {
            DocumentChecks.assertStyledWord(docx, "ro-RO", "Programul de Parteneriat Individual Adaptat", true);
            assertEquals(List.of("Programul de Parteneriat Individual Adaptat"), DocumentChecks.paragraphsInStyle(docx, "Title"));
            assertEquals(List.of("CYB Apărare cibernetică", "Anexă: amprentele textelor aprobate"),
                    DocumentChecks.paragraphsInStyle(docx, "Heading1"));
            assertEquals(List.of("SO-CYB-1 Apărare cibernetică națională consolidată"),
                    DocumentChecks.paragraphsInStyle(docx, "Heading2"));
            assertEquals(List.of("PG-CYB-1.1 Echipă națională de răspuns"), DocumentChecks.paragraphsInStyle(docx, "Heading3"));
            assertEquals(3, DocumentChecks.paragraphsInStyle(docx, "TOC1").size()
                    + DocumentChecks.paragraphsInStyle(docx, "TOC2").size()
                    + DocumentChecks.paragraphsInStyle(docx, "TOC3").size(), "contents shown before the first update");
            assertTrue(docx.getFooterList().get(0).getText().contains("Pagina"), docx.getFooterList().get(0).getText());
            assertTrue(docx.getTables().stream().allMatch(t -> "ItppTable".equals(t.getStyleID())), "table style");
            assertTrue(docx.getTables().stream().allMatch(t -> t.getRow(0).isRepeatHeader()), "header rows repeat");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(document(Language.EN), DocxWriter::write)))) {
            DocumentChecks.assertStyledWord(docx, "en-GB", "Individually Tailored Partnership Programme", true);
        }
    }

    @Test
    void pdfIsArchivalAndAccessible() {
        byte[] ro = Written.bytes(document(Language.RO), PdfWriter::write);
        DocumentChecks.assertArchivalPdf(ro, "ro-RO", "Programul de Parteneriat Individual Adaptat", "Pagina", "din",
                List.of("CYB Apărare cibernetică", "SO-CYB-1 Apărare cibernetică națională consolidată",
                        "PG-CYB-1.1 Echipă națională de răspuns", "Anexă: amprentele textelor aprobate"));
        DocumentChecks.assertPdfUa(ro, "Programul de Parteneriat Individual Adaptat");
        assertTrue(DocumentChecks.structureTypes(ro).containsAll(List.of("H1", "H2", "H3", "Table", "TH", "TD", "Link")),
                "headings, table headers and links tagged: " + DocumentChecks.structureTypes(ro));
        DocumentChecks.assertArchivalPdf(Written.bytes(document(Language.EN), PdfWriter::write), "en-GB",
                "Individually Tailored Partnership Programme", "Page", "of",
                List.of("CYB Cyber defence", "SO-CYB-1 Strengthened cyber defence"));
    }

    @Test
    void englishDocumentsSpeakEnglish() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Written.bytes(document(Language.EN), DocxWriter::write)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.contains("Contents") && text.contains("Approval record") && text.contains("Consolidated draft"));
        }
        try (PDDocument pdf = Loader.loadPDF(Written.bytes(document(Language.EN), PdfWriter::write))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Strengthened cyber defence") && text.contains("Approval record"), text);
        }
    }

    @Test
    void anEmptyProgrammeSaysSo() throws IOException {
        ProgrammeDocument empty = new ProgrammeDocument(Language.EN, "ITPP", 2025, 2028, Instant.now(), List.of());
        try (PDDocument pdf = Loader.loadPDF(Written.bytes(empty, PdfWriter::write))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("No objective has been approved yet."));
        }
        assertEquals(0, empty.objectiveCount());
    }

    @Test
    void theContentDigestIgnoresWhenTheDocumentWasGeneratedAndNothingElse() {
        ProgrammeDocument document = document(Language.EN);
        ProgrammeDocument later = new ProgrammeDocument(Language.EN, document.programmeTitle(), 2025, 2028,
                document.generatedAt().plusSeconds(3600), document.areas());
        assertEquals(document.contentDigest(), later.contentDigest(), "generated later, same content");
        assertNotEquals(document.contentDigest(), document(Language.RO).contentDigest());
        Area area = document.areas().get(0);
        Entry strategic = area.objectives().get(0);
        Entry changed = new Entry(strategic.code(), strategic.title(), strategic.text(), strategic.lead(), strategic.status(),
                List.of(new MilestoneLine(2025, "Baseline assessment, revised")), strategic.indicators(), strategic.goals(),
                strategic.approvals(), strategic.decisionNumber(), strategic.decisionDate());
        ProgrammeDocument milestoneChanged = new ProgrammeDocument(Language.EN, document.programmeTitle(), 2025, 2028,
                document.generatedAt(), List.of(new Area(area.code(), area.name(), List.of(changed))));
        assertNotEquals(document.contentDigest(), milestoneChanged.contentDigest(), "a milestone's wording");
    }
}
