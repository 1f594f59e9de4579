package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.monitoring.EvidenceFile;
import md.itpp.domain.monitoring.EvidenceType;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportStateException;
import md.itpp.ear.Deployments;
import md.itpp.persistence.monitoring.EvidenceDownload;
import md.itpp.persistence.monitoring.EvidenceRow;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.persistence.monitoring.WorkbookUpload;

/**
 * Evidence files and the workbook round trip in the real EAR on Payara Server: a file attached,
 * listed, read by whoever sees the report and by nobody else, refused with a false ending or over
 * the limit, removed; a faulty workbook that changes nothing and comes back marked, a correct one
 * applied, another institution's rows refused, a submitted report read-only; each act audited.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringFilesIT {

    /** The year this class reports on: the demo data has 2025, MonitoringServiceIT 2026, AccessMatrixIT 2027. */
    private static final int YEAR = 2028;
    private static final String STRATEGIC = "SO-SCI-8";
    private static final String GOAL = "PG-SCI-8.1";
    /** Led by another institution (SIS). */
    private static final String OTHERS = "SO-SCI-9";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {ConsultationProbe.class, MonitoringProbe.class},
                MonitoringFilesIT.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsAuditor.class));
    }

    @EJB
    private MonitoringService service;
    @EJB
    private MonitoringProbe probe;
    @EJB
    private ConsultationProbe consultees;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsAuditor auditor;

    private <T> T as(String institution, boolean focalPoint, Callable<T> work) {
        consultees.actAs(institution, focalPoint);
        try {
            return consultee.call(work);
        } finally {
            consultees.dropActor();
        }
    }

    private long periodId() {
        return negotiator.call(() -> service.periods()).stream().filter(p -> p.year() == YEAR)
                .findFirst().orElseThrow().id();
    }

    private PeriodView period() {
        long id = periodId();
        return negotiator.call(() -> service.period(id));
    }

    private long reportId(String code) {
        return period().reports().stream().filter(r -> r.objectiveCode().equals(code)).findFirst().orElseThrow().id();
    }

    private ReportView report(long id) {
        return negotiator.call(() -> service.report(id));
    }

    private static Row row(XSSFSheet sheet, long reportId, String item) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null
                    && row.getCell(0).getNumericCellValue() == reportId
                    && item.equals(row.getCell(3).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + reportId + " " + item);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @Order(1)
    void aPeriodToReportOn() {
        probe.approvedObjectiveWithGoal(STRATEGIC, "SCI", "MA", List.of("MAI"));
        probe.approvedObjectiveWithGoal(OTHERS, "SCI", "SIS", List.of());
        // MonitoringRemindersIT reports on the same last year of the programme.
        probe.dropPeriod(YEAR);
        negotiator.call(() -> service.openPeriod(YEAR + " annual report", YEAR, null, null));
        assertEquals("MA", period().reports().stream().filter(r -> r.objectiveCode().equals(GOAL)).findFirst()
                .orElseThrow().institutionCode());
    }

    @Test
    @Order(2)
    void theLeadInstitutionAttachesAFileWhichWhoeverSeesTheReportReads() {
        long goal = reportId(GOAL);
        long id = as("MA", false, () -> service.attachEvidence(goal, "Raport de activitate.pdf", PDF));

        List<EvidenceRow> listed = as("MA", true, () -> service.evidence(goal));
        assertEquals(1, listed.size());
        EvidenceRow row = listed.get(0);
        assertEquals(id, row.id());
        assertEquals("Raport de activitate.pdf", row.fileName());
        assertEquals(EvidenceType.PDF, row.type());
        assertEquals(PDF.length, row.sizeBytes());
        assertEquals(64, row.sha256().length());
        assertTrue(row.removable());
        assertFalse(negotiator.call(() -> service.evidence(goal)).get(0).removable());

        for (Callable<EvidenceDownload> reader : List.<Callable<EvidenceDownload>>of(
                () -> negotiator.call(() -> service.evidenceFile(id)),
                () -> auditor.call(() -> service.evidenceFile(id)),
                () -> as("MA", false, () -> service.evidenceFile(id)))) {
            EvidenceDownload file = assertDoesNotThrowCall(reader);
            assertEquals("application/pdf", file.contentType());
            assertArrayEquals(PDF, file.content());
        }
        assertEquals(1, probe.auditEvents("monitoring.evidence.attach", goal));
    }

    @Test
    @Order(3)
    void anotherInstitutionReachesNoFileByIdAndAContributorChangesNone() {
        long goal = reportId(GOAL);
        long id = negotiator.call(() -> service.evidence(goal)).get(0).id();
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.evidenceFile(id)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.evidence(goal)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> {
            service.removeEvidence(id);
            return null;
        }));
        assertThrows(AccessDeniedException.class,
                () -> as("SIS", true, () -> service.attachEvidence(goal, "x.pdf", PDF)));
        assertThrows(AccessDeniedException.class,
                () -> as("MAI", true, () -> service.attachEvidence(goal, "x.pdf", PDF)));
        assertThrows(AccessDeniedException.class, () -> as("MAI", true, () -> {
            service.removeEvidence(id);
            return null;
        }));
        assertThrows(AccessDeniedException.class, () -> as("MA", true, () -> service.evidenceFile(Long.MAX_VALUE)));
        assertThrows(EJBAccessException.class, () -> negotiator.call(() -> service.attachEvidence(goal, "x.pdf", PDF)));
        assertEquals(1, negotiator.call(() -> service.evidence(goal)).size());
    }

    @Test
    @Order(4)
    void aFalseEndingOrAFileOverTheLimitIsRefusedWithItsReason() {
        long goal = reportId(GOAL);
        ValidationException falseEnding = assertThrows(ValidationException.class,
                () -> as("MA", false, () -> service.attachEvidence(goal, "photo.png", PDF)));
        assertEquals(EvidenceFile.FALSE_EXTENSION, falseEnding.messageKey());
        assertEquals(List.of("photo.png", "png", "PDF"), List.of(falseEnding.messageArguments()));
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(EvidenceFile.UNKNOWN_TYPE, assertThrows(ValidationException.class,
                () -> as("MA", false, () -> service.attachEvidence(goal, "page.pdf", script))).messageKey());
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertEquals(EvidenceFile.TOO_LARGE, assertThrows(ValidationException.class,
                () -> as("MA", false, () -> service.attachEvidence(goal, "big.pdf", big))).messageKey());
        assertEquals(1, negotiator.call(() -> service.evidence(goal)).size(), "nothing stored");
        assertEquals(1, probe.auditEvents("monitoring.evidence.attach", goal));
    }

    @Test
    @Order(5)
    void theLeadInstitutionRemovesAFile() {
        long goal = reportId(GOAL);
        long second = as("MA", false, () -> service.attachEvidence(goal, "second.pdf", PDF));
        as("MA", true, () -> {
            service.removeEvidence(second);
            return null;
        });
        assertEquals(1, negotiator.call(() -> service.evidence(goal)).size());
        assertThrows(AccessDeniedException.class, () -> negotiator.call(() -> service.evidenceFile(second)));
        assertEquals(1, probe.auditEvents("monitoring.evidence.remove", goal));
    }

    @Test
    @Order(6)
    void aFaultyWorkbookAppliesNothingAndComesBackWithEveryFaultMarked() throws IOException {
        long periodId = periodId();
        long goal = reportId(GOAL);
        long strategic = reportId(STRATEGIC);
        long othersReport = reportId(OTHERS);
        // The strategic objective's report is submitted first: its rows are read-only from then on.
        byte[] downloaded = as("MA", false, () -> service.workbook(periodId, Locale.ENGLISH));
        long drafted = report(strategic).version();
        as("MA", true, () -> {
            service.saveDraft(strategic, drafted, new ReportDraft("Progres", "Progress", List.of(), List.of()));
            return null;
        });
        long submittedVersion = report(strategic).version();
        as("MA", true, () -> {
            service.submit(strategic, submittedVersion);
            return null;
        });
        long goalVersion = report(goal).version();

        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
        XSSFSheet sheet = workbook.getSheet("Reports");
        row(sheet, goal, "M1").getCell(8).setCellValue("Nearly there");
        row(sheet, goal, "I1").getCell(9).setCellValue("ten officers");
        int last = sheet.getLastRowNum();
        Row unknown = sheet.createRow(last + 1);
        unknown.createCell(0).setCellValue(goal);
        unknown.createCell(1).setCellValue(GOAL);
        unknown.createCell(3).setCellValue("M9");
        unknown.createCell(8).setCellValue("Completed");
        Row other = sheet.createRow(last + 2);
        other.createCell(0).setCellValue(othersReport);
        other.createCell(3).setCellValue("M1");
        other.createCell(8).setCellValue("Completed");
        Row submitted = sheet.createRow(last + 3);
        submitted.createCell(0).setCellValue(strategic);
        submitted.createCell(1).setCellValue(STRATEGIC);
        submitted.createCell(3).setCellValue("I1");
        submitted.createCell(9).setCellValue("5");
        String i1 = new CellAddress(row(sheet, goal, "I1").getRowNum(), 9).formatAsString();
        String m1 = new CellAddress(row(sheet, goal, "M1").getRowNum(), 8).formatAsString();
        String m9 = new CellAddress(last + 1, 3).formatAsString();
        String others = new CellAddress(last + 2, 0).formatAsString();
        String readOnly = new CellAddress(last + 3, 0).formatAsString();
        byte[] faulty = bytes(workbook);

        WorkbookUpload result = as("MA", false, () -> service.uploadWorkbook(periodId, faulty, Locale.ENGLISH));
        assertFalse(result.applied());
        assertEquals(5, result.faults().size(), String.join("\n", result.faults()));
        assertTrue(result.faults().contains(m1 + ": “Nearly there” is not a status: choose one from the list"
                + " (Not started, On track, At risk, Delayed, Completed, Cancelled)."), result.faults().toString());
        assertTrue(result.faults().stream().anyMatch(f -> f.startsWith(i1 + ": “ten officers” is not a number")));
        assertTrue(result.faults().stream().anyMatch(f -> f.startsWith(m9 + ": Objective " + GOAL
                + " has no milestone 9")));
        assertTrue(result.faults().stream().anyMatch(f -> f.startsWith(others + ": Report " + othersReport
                + " is not one of your institution's reports")));
        assertTrue(result.faults().stream().anyMatch(f -> f.startsWith(readOnly + ": Report " + strategic
                + " is submitted")));
        try (XSSFWorkbook marked = new XSSFWorkbook(new ByteArrayInputStream(result.marked()))) {
            assertEquals("Faults", marked.getSheetName(0));
            XSSFSheet data = marked.getSheet("Reports");
            for (String cell : List.of(m1, i1, m9, others, readOnly)) {
                assertNotNull(data.getCellComment(new CellAddress(cell)), "comment on " + cell);
            }
        }
        ReportView unchanged = report(goal);
        assertEquals(goalVersion, unchanged.version(), "nothing applied");
        assertEquals(MilestoneStatus.NOT_STARTED, unchanged.milestones().get(0).status());
        assertEquals(0, probe.auditEvents("monitoring.workbook", goal));
        workbook.close();
    }

    @Test
    @Order(7)
    void aCorrectWorkbookIsAppliedAndAnotherInstitutionsUploadIsRefused() throws IOException {
        long periodId = periodId();
        long goal = reportId(GOAL);
        byte[] downloaded = as("MA", false, () -> service.workbook(periodId, Locale.forLanguageTag("ro")));
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
        XSSFSheet sheet = workbook.getSheet("Rapoarte");
        assertThrows(AssertionError.class, () -> row(sheet, reportId(STRATEGIC), "M1"),
                "a submitted report is not in the workbook");
        row(sheet, goal, "M1").getCell(8).setCellValue("Realizat");
        row(sheet, goal, "M1").getCell(10).setCellValue("Centru deschis în mai");
        row(sheet, goal, "I1").getCell(9).setCellValue(12);
        row(sheet, goal, "I2").getCell(9).setCellValue("in Parliament");
        byte[] filled = bytes(workbook);
        workbook.close();

        WorkbookUpload elsewhere = as("MAI", true, () -> service.uploadWorkbook(periodId, filled, Locale.ENGLISH));
        assertFalse(elsewhere.applied(), "a contributor's upload of the lead's rows");
        assertTrue(elsewhere.faults().stream().allMatch(f -> f.contains("is not one of your institution's reports")),
                elsewhere.faults().toString());
        assertThrows(AccessDeniedException.class,
                () -> as("SIS", true, () -> service.uploadWorkbook(Long.MAX_VALUE, filled, Locale.ENGLISH)));
        assertThrows(EJBAccessException.class,
                () -> negotiator.call(() -> service.uploadWorkbook(periodId, filled, Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> negotiator.call(() -> service.workbook(periodId, Locale.ENGLISH)));
        assertEquals(MilestoneStatus.NOT_STARTED, report(goal).milestones().get(0).status());

        WorkbookUpload applied = as("MA", false, () -> service.uploadWorkbook(periodId, filled, Locale.ENGLISH));
        assertTrue(applied.applied(), String.join("\n", applied.faults()));
        assertEquals(1, applied.reportsChanged());
        assertNull(applied.marked());
        ReportView after = report(goal);
        assertEquals(MilestoneStatus.COMPLETED, after.milestones().get(0).status());
        assertEquals("Centru deschis în mai", after.milestones().get(0).comment());
        assertEquals("12", after.indicators().get(0).value());
        assertEquals("in Parliament", after.indicators().get(1).value());
        assertEquals(1, probe.auditEvents("monitoring.workbook", goal));
    }

    @Test
    @Order(8)
    void onceSubmittedTheFilesAreReadOnly() {
        long goal = reportId(GOAL);
        long id = negotiator.call(() -> service.evidence(goal)).get(0).id();
        long drafted = report(goal).version();
        as("MA", true, () -> {
            service.saveDraft(goal, drafted, new ReportDraft("Progres", null,
                    List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null),
                            new ReportDraft.MilestoneEntry(MilestoneStatus.ON_TRACK, null)),
                    List.of("12", "in Parliament")));
            return null;
        });
        long submittedVersion = report(goal).version();
        as("MA", true, () -> {
            service.submit(goal, submittedVersion);
            return null;
        });
        assertThrows(ReportStateException.class, () -> as("MA", true, () -> service.attachEvidence(goal, "late.pdf",
                PDF)));
        assertThrows(ReportStateException.class, () -> as("MA", true, () -> {
            service.removeEvidence(id);
            return null;
        }));
        assertFalse(as("MA", true, () -> service.evidence(goal)).get(0).removable());
        assertArrayEquals(PDF, as("MA", false, () -> service.evidenceFile(id)).content());
    }

    private static <T> T assertDoesNotThrowCall(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
