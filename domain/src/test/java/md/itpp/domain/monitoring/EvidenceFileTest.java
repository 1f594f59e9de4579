package md.itpp.domain.monitoring;

import static md.itpp.domain.monitoring.MonitoringFixture.NEGOTIATOR;
import static md.itpp.domain.monitoring.MonitoringFixture.indicator;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.Objective;

/**
 * Evidence files without a container: the type is judged by the content's signature (office
 * files by their archive's directory), the name's ending must agree, the size is limited, and
 * only the lead institution attaches or removes while the report is open for its input.
 */
class EvidenceFileTest {

    private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");
    private static final long LIMIT = 1000;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private MonitoringFixture f;
    private ProgressReport report;

    @BeforeEach
    void open() {
        f = new MonitoringFixture();
        Objective strategic = f.strategic("SO-CYB-1", f.cyber, f.ma, List.of(f.mai));
        Objective goal = f.goal("PG-CYB-1.1", strategic, 1, List.of(indicator("0", "10")));
        MonitoringFixture.approved(strategic);
        MonitoringFixture.approved(goal);
        ReportingPeriod period = ReportingPeriod.open(NEGOTIATOR, f.programme, "2025", 2025, null, null,
                List.of(strategic, goal), NOW);
        report = period.findReportFor("PG-CYB-1.1").orElseThrow();
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theTypeIsJudgedByTheContent() throws IOException {
        assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.detect(PDF));
        assertEquals(Optional.of(EvidenceType.PNG), EvidenceType.detect(PNG));
        assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.detect(JPEG));
        assertEquals(Optional.of(EvidenceType.DOCX),
                EvidenceType.detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
        assertEquals(Optional.of(EvidenceType.XLSX),
                EvidenceType.detect(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
        // A ZIP that is no office file, a script, an HTML page, a truncated archive: none of ours.
        assertEquals(Optional.empty(), EvidenceType.detect(zip("readme.txt")));
        assertEquals(Optional.empty(), EvidenceType.detect("#!/bin/sh\necho".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), EvidenceType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)));
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertEquals(Optional.empty(), EvidenceType.detect(java.util.Arrays.copyOf(docx, docx.length - 30)));
        assertEquals(Optional.empty(), EvidenceType.detect(new byte[0]));
    }

    @Test
    void anExpertOfTheLeadInstitutionAttachesAFileWithItsHash() {
        EvidenceFile file = EvidenceFile.attach(report, f.expertMa, "C:\\Users\\ion\\Raport anual.PDF", PDF, LIMIT, NOW);
        assertEquals("Raport anual.PDF", file.getFileName());
        assertEquals(EvidenceType.PDF, file.getType());
        assertEquals("application/pdf", file.getType().contentType());
        assertEquals(PDF.length, file.getSizeBytes());
        assertArrayEquals(PDF, file.getContent());
        assertEquals("expert.ma", file.getUploadedBy());
        // SHA-256 of the bytes, computed here independently of the class.
        assertEquals(java.util.HexFormat.of().formatHex(sha256(PDF)), file.getSha256());
        assertEquals(EvidenceType.JPEG,
                EvidenceFile.attach(report, f.focalMa, "photo.jpeg", JPEG, LIMIT, NOW).getType());
    }

    @Test
    void aFalseEndingIsRefusedAndSaysWhatTheContentIs() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "scan.png", PDF, LIMIT, NOW));
        assertEquals(EvidenceFile.FALSE_EXTENSION, e.messageKey());
        assertEquals(List.of("scan.png", "png", "PDF"), List.of(e.messageArguments()));
        assertEquals(EvidenceFile.FALSE_EXTENSION, assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "tool.exe", PDF, LIMIT, NOW)).messageKey());
        assertEquals(EvidenceFile.FALSE_EXTENSION, assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "no-ending", PDF, LIMIT, NOW)).messageKey());
        assertEquals(EvidenceFile.UNKNOWN_TYPE, assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "page.pdf",
                        "<html>".getBytes(StandardCharsets.US_ASCII), LIMIT, NOW)).messageKey());
    }

    @Test
    void aFileOverTheLimitOrEmptyOrBadlyNamedIsRefused() {
        byte[] big = java.util.Arrays.copyOf(PDF, (int) LIMIT + 1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "big.pdf", big, LIMIT, NOW));
        assertEquals(EvidenceFile.TOO_LARGE, e.messageKey());
        EvidenceFile.attach(report, f.expertMa, "exact.pdf", java.util.Arrays.copyOf(PDF, (int) LIMIT), LIMIT, NOW);
        assertEquals(EvidenceFile.EMPTY, assertThrows(ValidationException.class,
                () -> EvidenceFile.attach(report, f.expertMa, "empty.pdf", new byte[0], LIMIT, NOW)).messageKey());
        for (String name : new String[] {null, " ", "a\u0000.pdf", "x\".pdf", "n".repeat(252) + ".pdf"}) {
            assertEquals(EvidenceFile.BAD_NAME, assertThrows(ValidationException.class,
                    () -> EvidenceFile.attach(report, f.expertMa, name, PDF, LIMIT, NOW)).messageKey(), name);
        }
    }

    @Test
    void onlyTheLeadInstitutionAttachesAndRemovesAndOnlyWhileTheReportIsOpen() {
        assertThrows(AccessDeniedException.class,
                () -> EvidenceFile.attach(report, f.focalMai, "a.pdf", PDF, LIMIT, NOW));
        assertThrows(AccessDeniedException.class,
                () -> EvidenceFile.attach(report, f.negotiator, "a.pdf", PDF, LIMIT, NOW));
        EvidenceFile file = EvidenceFile.attach(report, f.expertMa, "a.pdf", PDF, LIMIT, NOW);
        file.checkRemovableBy(f.focalMa);
        assertThrows(AccessDeniedException.class, () -> file.checkRemovableBy(f.focalSis));
        report.draft(f.focalMa, new ReportDraft("Progres", null,
                List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null)), List.of("5")), NOW);
        report.submit(f.focalMa, NOW);
        assertThrows(ReportStateException.class, () -> file.checkRemovableBy(f.focalMa));
        assertThrows(ReportStateException.class,
                () -> EvidenceFile.attach(report, f.focalMa, "b.pdf", PDF, LIMIT, NOW));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
