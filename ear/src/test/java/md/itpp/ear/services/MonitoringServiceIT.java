package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import md.itpp.domain.consultation.FocalPointRequiredException;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.NotContributingException;
import md.itpp.domain.monitoring.PeriodExistsException;
import md.itpp.domain.monitoring.PeriodNotCompleteException;
import md.itpp.domain.monitoring.PeriodState;
import md.itpp.domain.monitoring.PeriodStateException;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.monitoring.ReportStateException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Language;
import md.itpp.ear.Deployments;
import md.itpp.persistence.monitoring.ReportFormat;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportView;

/**
 * Implementation monitoring in the real EAR on Payara Server: a period opened over the approved
 * objectives, the lead institution's two tiers, contributing input, visibility by institution
 * (by list and by id), a faulty draft that changes nothing, return and acceptance, overrides,
 * closing with the snapshot's SHA-256 and reopening with a reason, each act in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringServiceIT {

    /** The year this class reports on; the demo data uses 2025, other test classes later years. */
    private static final int YEAR = 2026;
    private static final String STRATEGIC = "SO-SCI-7";
    private static final String GOAL = "PG-SCI-7.1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {ConsultationProbe.class, MonitoringProbe.class},
                MonitoringServiceIT.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsAuditor.class, RunAsRole.AsReviewer.class));
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
    @EJB
    private RunAsRole.AsReviewer reviewer;

    /** As an expert (or the focal point) of the institution. */
    private <T> T as(String institution, boolean focalPoint, Callable<T> work) {
        consultees.actAs(institution, focalPoint);
        try {
            return consultee.call(work);
        } finally {
            consultees.dropActor();
        }
    }

    private void as(String institution, boolean focalPoint, Runnable work) {
        as(institution, focalPoint, () -> {
            work.run();
            return null;
        });
    }

    /** The national report as the caller's download would carry it, in memory. */
    private byte[] nationalReport(long period, ReportFormat format, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.nationalReport(period, format, language, out);
        return out.toByteArray();
    }

    private long periodId() {
        return negotiator.call(() -> service.periods()).stream().filter(p -> p.year() == YEAR)
                .findFirst().orElseThrow().id();
    }

    private long reportId(String code) {
        return negotiator.call(() -> service.period(periodId())).reports().stream()
                .filter(r -> r.objectiveCode().equals(code)).findFirst().orElseThrow().id();
    }

    private ReportView report(String code) {
        long id = reportId(code);
        return negotiator.call(() -> service.report(id));
    }

    private static ReportDraft goalDraft(String narrative, String officers) {
        return new ReportDraft(narrative, null,
                List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, "Opened in May"),
                        new ReportDraft.MilestoneEntry(MilestoneStatus.ON_TRACK, null)),
                List.of(officers, "in Parliament"));
    }

    @Test
    @Order(1)
    void aNegotiatorOpensAPeriodWithAReportPerApprovedObjective() {
        probe.approvedObjectiveWithGoal(STRATEGIC, "SCI", "MA", List.of("MAI"));
        assertThrows(EJBAccessException.class,
                () -> as("MA", true, () -> service.openPeriod("Mine", YEAR, null, null)));
        long id = negotiator.call(() -> service.openPeriod(YEAR + " annual report", YEAR, null, null));

        PeriodView period = negotiator.call(() -> service.period(id));
        assertEquals(PeriodState.OPEN, period.state());
        assertEquals(LocalDate.of(YEAR, 12, 25), period.institutionsDeadline());
        assertEquals(LocalDate.of(YEAR + 1, 1, 25), period.consolidationDeadline());
        assertTrue(period.reports().stream().anyMatch(r -> r.objectiveCode().equals(STRATEGIC)));
        PeriodView.ReportRow goal = period.reports().stream().filter(r -> r.objectiveCode().equals(GOAL))
                .findFirst().orElseThrow();
        assertEquals("MA", goal.institutionCode());
        assertEquals(ReportState.DRAFT, goal.state());
        assertTrue(period.reports().stream().noneMatch(r -> r.objectiveCode().equals("SO-CYB-1")),
                "objectives not approved have no report");
        assertEquals(1, probe.auditEvents("monitoring.open", id));

        assertThrows(PeriodExistsException.class, () -> negotiator.call(() -> service.openPeriod("Again", YEAR, null, null)));
    }

    @Test
    @Order(2)
    void expertsDraftTheFocalPointSubmitsAndThenItIsReadOnly() {
        ReportView before = report(GOAL);
        as("MA", false, () -> service.saveDraft(before.id(), before.version(), goalDraft("Centrul a fost deschis.", "4")));
        ReportView drafted = as("MA", false, () -> service.report(before.id()));
        assertEquals("Centrul a fost deschis.", drafted.narrativeRo());
        assertEquals(MilestoneStatus.COMPLETED, drafted.milestones().get(0).status());
        assertEquals("4", drafted.indicators().get(0).value());
        assertTrue(drafted.canDraft());
        assertFalse(drafted.canSubmit(), "an expert does not submit");
        // 100 + 50 + 40 (4 of 10 officers): the qualitative indicator does not count.
        assertEquals(190.0 / 3, drafted.figure().value(), 1e-9);

        assertThrows(FocalPointRequiredException.class,
                () -> as("MA", false, () -> service.submit(before.id(), drafted.version())));
        assertThrows(ConcurrentEditException.class,
                () -> as("MA", true, () -> service.submit(before.id(), before.version())));
        as("MA", true, () -> service.submit(before.id(), drafted.version()));
        ReportView submitted = report(GOAL);
        assertEquals(ReportState.SUBMITTED, submitted.state());
        assertEquals(ConsultationProbe.ACTOR, submitted.submittedBy());
        assertThrows(ReportStateException.class, () -> as("MA", false,
                () -> service.saveDraft(before.id(), submitted.version(), goalDraft("Altceva", "5"))));
        assertEquals("Centrul a fost deschis.", report(GOAL).narrativeRo());
        assertEquals(1, probe.auditEvents("monitoring.draft", before.id()));
        assertEquals(1, probe.auditEvents("monitoring.submit", before.id()));
    }

    @Test
    @Order(3)
    void anotherInstitutionNeitherSeesNorChangesTheReportsByListOrById() {
        long goal = reportId(GOAL);
        long strategic = reportId(STRATEGIC);
        long version = report(STRATEGIC).version();
        long period = periodId();
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.report(goal)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true,
                () -> service.saveDraft(strategic, version, new ReportDraft("X", null, List.of(), List.of()))));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.submit(strategic, version)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.contribute(strategic, "Ours")));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.report(Long.MAX_VALUE)));
        PeriodView seenBySis = as("SIS", true, () -> service.period(period));
        assertTrue(seenBySis.reports().stream().noneMatch(r -> r.objectiveCode().startsWith("SO-SCI-7")
                || r.objectiveCode().startsWith("PG-SCI-7")));
        assertTrue(seenBySis.areas().isEmpty(), "figures are for the ministry");
        assertNull(seenBySis.overall());

        // MAI contributes to the strategic objective only: it sees that report, not the goal's.
        assertThrows(AccessDeniedException.class, () -> as("MAI", false, () -> service.report(goal)));
        as("MAI", false, () -> service.contribute(strategic, "MAI trained 12 border officers."));
        ReportView seenByMai = as("MAI", false, () -> service.report(strategic));
        assertTrue(seenByMai.canContribute());
        assertFalse(seenByMai.canDraft());
        assertNull(seenByMai.figure(), "a contributor does not see the lead's figures");
        assertThrows(AccessDeniedException.class, () -> as("MAI", true, () -> service.submit(strategic, version)));
        // The lead institution sees the input before submitting.
        ReportView seenByMa = as("MA", false, () -> service.report(strategic));
        assertEquals("MAI trained 12 border officers.", seenByMa.inputs().get(0).text());
        assertThrows(NotContributingException.class, () -> as("MA", false, () -> service.contribute(strategic, "Lead")));

        // Paged, the same rows: pages of two, in code order, none twice, counted in all.
        PeriodView whole = negotiator.call(() -> service.period(period));
        assertTrue(whole.reportCount() >= 2 && whole.reportCount() == whole.reports().size(),
                "the first page of a small period holds every report");
        List<PeriodView.ReportRow> paged = new ArrayList<>();
        for (int first = 0; first < whole.reportCount(); first += 2) {
            int from = first;
            PeriodView page = negotiator.call(() -> service.period(period, from, 2));
            assertEquals(whole.reportCount(), page.reportCount());
            assertTrue(page.reports().size() <= 2);
            paged.addAll(page.reports());
        }
        assertEquals(whole.reports().stream().map(PeriodView.ReportRow::id).toList(),
                paged.stream().map(PeriodView.ReportRow::id).toList());
        PeriodView maFirst = as("MA", false, () -> service.period(period, 0, 1));
        assertEquals(1, maFirst.reports().size());
        assertTrue(maFirst.callerLeads(), "MA leads reports here: its workbook is offered");
        assertEquals(as("MA", false, () -> service.period(period)).reports().size(), maFirst.reportCount(),
                "a consultee's count is of the reports it may see");
        assertFalse(as("MAI", false, () -> service.period(period)).reports().stream()
                .anyMatch(r -> r.objectiveCode().equals(GOAL)), "paged or not, MAI does not see the goal's report");
    }

    @Test
    @Order(4)
    void aFaultyDraftChangesNothing() {
        ReportView before = report(STRATEGIC);
        ValidationException e = assertThrows(ValidationException.class, () -> as("MA", false,
                () -> service.saveDraft(before.id(), before.version(),
                        new ReportDraft("x".repeat(20_001), null, List.of(), List.of()))));
        assertEquals(ValidationException.TOO_LONG, e.messageKey());
        ReportView after = report(STRATEGIC);
        assertEquals(before.version(), after.version());
        assertEquals("", after.narrativeRo());
    }

    @Test
    @Order(5)
    void theNegotiatorReturnsWithAReasonTheInstitutionCorrectsAndItIsAccepted() {
        ReportView submitted = report(GOAL);
        assertTrue(submitted.canReview());
        assertThrows(EJBAccessException.class, () -> as("MA", true, () -> service.accept(submitted.id(), submitted.version())));
        assertThrows(ValidationException.class,
                () -> negotiator.call(() -> { service.returnReport(submitted.id(), submitted.version(), " "); return null; }));
        negotiator.call(() -> { service.returnReport(submitted.id(), submitted.version(), "Give the training records"); return null; });
        ReportView returned = as("MA", false, () -> service.report(submitted.id()));
        assertEquals(ReportState.RETURNED, returned.state());
        assertEquals("Give the training records", returned.returnReason());
        as("MA", false, () -> service.saveDraft(returned.id(), returned.version(),
                goalDraft("Centrul a fost deschis; 6 ofițeri instruiți.", "6")));
        long corrected = as("MA", true, () -> service.report(returned.id())).version();
        as("MA", true, () -> service.submit(returned.id(), corrected));
        long resubmitted = report(GOAL).version();
        negotiator.call(() -> { service.accept(returned.id(), resubmitted); return null; });
        ReportView accepted = report(GOAL);
        assertEquals(ReportState.ACCEPTED, accepted.state());
        // 100 (completed) + 50 (on track) + 60 (6 of 10 officers), over three.
        assertEquals(70.0, accepted.figure().value(), 1e-9);
        assertEquals(1, probe.auditEvents("monitoring.return", returned.id()));
        assertEquals(1, probe.auditEvents("monitoring.accept", returned.id()));
    }

    @Test
    @Order(6)
    void overridesAreSetByNegotiatorsWithAReasonShownAsSetByHandAndAudited() {
        ReportView strategic = report(STRATEGIC);
        assertEquals(70.0, strategic.figure().value(), 1e-9, "the mean of its one goal");
        assertThrows(EJBAccessException.class, () -> auditor.call(() -> {
            service.override(strategic.id(), strategic.version(), 50.0, "No");
            return null;
        }));
        assertThrows(ValidationException.class, () -> negotiator.call(() -> {
            service.override(strategic.id(), strategic.version(), 50.0, "");
            return null;
        }));
        negotiator.call(() -> {
            service.override(strategic.id(), strategic.version(), 70.0, "Includes the MAI training");
            return null;
        });
        ReportView overridden = report(STRATEGIC);
        assertTrue(overridden.figure().overridden());
        assertEquals(70.0, overridden.figure().value(), 1e-9);
        assertEquals(70.0, overridden.figure().computed(), 1e-9);
        assertEquals("Includes the MAI training", overridden.figure().reason());
        assertEquals(1, probe.auditEvents("monitoring.override", strategic.id()));
        PeriodView period = auditor.call(() -> service.period(periodId()));
        assertNotNull(period.areas().get("SCI"));
    }

    @Test
    @Order(7)
    void thePeriodClosesWhenEveryReportIsAcceptedFrozenWithItsHashAndReopensWithAReason() {
        long period = periodId();
        long version = negotiator.call(() -> service.period(period)).version();
        PeriodNotCompleteException e = assertThrows(PeriodNotCompleteException.class,
                () -> negotiator.call(() -> service.closePeriod(period, version)));
        assertTrue(((Long) e.messageArguments()[0]) > 0);

        acceptEveryReport(period);
        PeriodView ready = negotiator.call(() -> service.period(period));
        assertTrue(ready.canClose());
        String sha = negotiator.call(() -> service.closePeriod(period, ready.version()));
        assertEquals(64, sha.length());
        PeriodView closed = auditor.call(() -> service.period(period));
        assertEquals(PeriodState.CLOSED, closed.state());
        assertEquals(sha, closed.snapshotSha256());
        assertEquals(1, probe.auditEvents("monitoring.close", period));

        ReportView goal = report(GOAL);
        assertThrows(PeriodStateException.class, () -> negotiator.call(() -> {
            service.returnReport(goal.id(), goal.version(), "Too late");
            return null;
        }));
        assertThrows(ValidationException.class,
                () -> negotiator.call(() -> { service.reopenPeriod(period, closed.version(), ""); return null; }));
        negotiator.call(() -> { service.reopenPeriod(period, closed.version(), "MA corrected a figure"); return null; });
        PeriodView reopened = negotiator.call(() -> service.period(period));
        assertEquals(PeriodState.OPEN, reopened.state());
        assertEquals("MA corrected a figure", reopened.reopenReason());
        assertEquals(sha, reopened.snapshotSha256(), "the last snapshot's hash stays on record");
        negotiator.call(() -> { service.returnReport(goal.id(), goal.version(), "Correct the officers"); return null; });
        assertEquals(ReportState.RETURNED, report(GOAL).state());
    }

    @Test
    @Order(8)
    void theNationalReportAndItsFiguresHoldEveryFigureAndNarrativeInBothLanguages() throws Exception {
        long period = periodId();
        assertThrows(EJBAccessException.class, () -> as("MA", true,
                () -> nationalReport(period, ReportFormat.DOCX, Language.RO)));
        byte[] docx = auditor.call(() -> nationalReport(period, ReportFormat.DOCX, Language.RO));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("Raportul național de progres"), text);
            assertTrue(text.contains("Centrul a fost deschis; 6 ofițeri instruiți."), text);
            assertTrue(text.contains("PG-SCI-7.1"), text);
            assertTrue(text.contains("70.0 % (stabilit manual; calculat: 70.0 %; motiv: Includes the MAI training)"), text);
            assertTrue(text.contains("Ofițeri instruiți"), text);
        }
        // Asked again with nothing changed: the same file, not written anew (DocumentCache).
        org.junit.jupiter.api.Assertions.assertArrayEquals(docx,
                negotiator.call(() -> nationalReport(period, ReportFormat.DOCX, Language.RO)));
        byte[] english = negotiator.call(() -> nationalReport(period, ReportFormat.DOCX, Language.EN));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(english));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("National progress report"), text);
            assertTrue(text.contains("Officers trained"), text);
            assertTrue(text.contains("Completed"), text);
        }
        byte[] pdf = negotiator.call(() -> nationalReport(period, ReportFormat.PDF, Language.EN));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("National progress report") && text.contains("Officers trained"), text);
        }
        byte[] xlsx = negotiator.call(() -> nationalReport(period, ReportFormat.XLSX, Language.EN));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet figures = workbook.getSheet("Figures");
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : figures) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(STRATEGIC)) {
                    assertEquals(70.0, row.getCell(5).getNumericCellValue(), 1e-9);
                    assertTrue(row.getCell(7).getBooleanCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the strategic objective's row");
        }
    }

    /** Every other report of the period (the demo's, other classes') drafted, submitted and accepted. */
    private void acceptEveryReport(long period) {
        for (PeriodView.ReportRow row : negotiator.call(() -> service.period(period)).reports()) {
            if (row.state() == ReportState.ACCEPTED) {
                continue;
            }
            if (row.state() == ReportState.DRAFT || row.state() == ReportState.RETURNED) {
                as(row.institutionCode(), true, () -> {
                    ReportView r = service.report(row.id());
                    service.saveDraft(r.id(), r.version(), new ReportDraft("Raport " + r.objectiveCode(),
                            "Report " + r.objectiveCode(),
                            r.milestones().stream().map(m -> new ReportDraft.MilestoneEntry(m.status(), m.comment())).toList(),
                            r.indicators().stream().map(ReportView.IndicatorRow::value).toList()));
                    service.submit(r.id(), service.report(r.id()).version());
                });
            }
            negotiator.call(() -> {
                service.accept(row.id(), service.report(row.id()).version());
                return null;
            });
        }
    }
}
