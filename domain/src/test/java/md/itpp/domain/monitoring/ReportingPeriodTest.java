package md.itpp.domain.monitoring;

import static md.itpp.domain.monitoring.MonitoringFixture.NEGOTIATOR;
import static md.itpp.domain.monitoring.MonitoringFixture.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.consultation.FocalPointRequiredException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;

/**
 * A period's lifecycle without a container: which objectives get a report, the two tiers of
 * the lead institution, contributing input, return and acceptance, closing with a snapshot and
 * reopening with a reason.
 */
class ReportingPeriodTest {

    private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");

    private MonitoringFixture f;
    private Objective strategic;
    private Objective goal;
    private Objective draftObjective;
    private ReportingPeriod period;

    @BeforeEach
    void open() {
        f = new MonitoringFixture();
        strategic = f.strategic("SO-CYB-1", f.cyber, f.ma, List.of(f.mai));
        goal = f.goal("PG-CYB-1.1", strategic, 2, List.of(indicator("0", "10"), indicator("none", "law adopted")));
        draftObjective = f.strategic("SO-EDU-1", f.education, f.mai, List.of());
        MonitoringFixture.approved(strategic);
        MonitoringFixture.approved(goal);
        period = ReportingPeriod.open(NEGOTIATOR, f.programme, "2025 annual report", 2025, null, null,
                List.of(strategic, goal, draftObjective), NOW);
    }

    private ProgressReport goalReport() {
        return period.findReportFor("PG-CYB-1.1").orElseThrow();
    }

    private ReportDraft draft(String narrativeRo, String narrativeEn) {
        return new ReportDraft(narrativeRo, narrativeEn,
                List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, "Done in March"),
                        new ReportDraft.MilestoneEntry(MilestoneStatus.AT_RISK, "Funding late")),
                List.of("6", "draft law in Parliament"));
    }

    @Test
    void openingCreatesAReportPerApprovedObjectiveForItsLeadInstitution() {
        assertEquals(List.of("PG-CYB-1.1", "SO-CYB-1"),
                period.getReports().stream().map(r -> r.getObjective().getCode()).toList());
        assertEquals(f.ma, goalReport().getInstitution());
        assertEquals(2, goalReport().getMilestones().size());
        assertEquals(2, goalReport().getIndicators().size());
        assertEquals(ReportState.DRAFT, goalReport().getState());
        assertEquals(LocalDate.of(2025, 12, 25), period.getInstitutionsDeadline());
        assertEquals(LocalDate.of(2026, 1, 25), period.getConsolidationDeadline());
        assertEquals(PeriodState.OPEN, period.getState());
    }

    @Test
    void openingChecksTheCallerTheYearTheDeadlinesAndThatSomethingIsReported() {
        assertThrows(AccessDeniedException.class, () -> ReportingPeriod.open(f.focalMa.actor(), f.programme, "X",
                2025, null, null, List.of(strategic), NOW));
        assertThrows(ValidationException.class, () -> ReportingPeriod.open(NEGOTIATOR, f.programme, "X",
                2031, null, null, List.of(strategic), NOW));
        assertThrows(ValidationException.class, () -> ReportingPeriod.open(NEGOTIATOR, f.programme, "X", 2025,
                LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 1), List.of(strategic), NOW));
        assertThrows(ValidationException.class, () -> ReportingPeriod.open(NEGOTIATOR, f.programme, " ",
                2025, null, null, List.of(strategic), NOW));
        assertThrows(NoObjectivesToReportException.class, () -> ReportingPeriod.open(NEGOTIATOR, f.programme,
                "X", 2025, null, null, List.of(draftObjective), NOW));
        ReportingPeriod edited = ReportingPeriod.open(NEGOTIATOR, f.programme, "X", 2026,
                LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 20), List.of(strategic), NOW);
        assertEquals(LocalDate.of(2026, 12, 20), edited.getInstitutionsDeadline());
    }

    @Test
    void expertsDraftTheFocalPointSubmitsAndItIsReadOnlyThen() {
        ProgressReport report = goalReport();
        assertThrows(ValidationException.class, () -> report.draft(f.expertMa, null, NOW));
        report.draft(f.expertMa, draft("Progres bun", null), NOW);
        assertEquals(MilestoneStatus.AT_RISK, report.getMilestones().get(1).getStatus());
        assertEquals("draft law in Parliament", report.getIndicators().get(1).getValueReached());
        assertThrows(FocalPointRequiredException.class, () -> report.submit(f.expertMa, NOW));
        report.submit(f.focalMa, NOW);
        assertEquals(ReportState.SUBMITTED, report.getState());
        assertEquals("focal.ma", report.getSubmittedBy().orElseThrow());
        assertThrows(ReportStateException.class, () -> report.draft(f.focalMa, draft("Altceva", null), NOW));
        assertThrows(ReportStateException.class, () -> report.submit(f.focalMa, NOW));
        assertEquals("Progres bun", report.getNarrativeRo());
    }

    @Test
    void theNarrativeInRomanianIsRequiredAndInEnglishWhenEnglishIsAuthoritative() {
        ProgressReport report = goalReport();
        report.draft(f.expertMa, draft(null, "Good progress"), NOW);
        NarrativeRequiredException e = assertThrows(NarrativeRequiredException.class,
                () -> report.submit(f.focalMa, NOW));
        assertEquals("RO", e.messageArguments()[0]);
        report.draft(f.expertMa, draft("Progres", null), NOW);
        report.submit(f.focalMa, NOW);
    }

    @Test
    void anotherInstitutionNeitherDraftsNorSubmitsNorSeesOtherReports() {
        ProgressReport report = goalReport();
        assertThrows(AccessDeniedException.class, () -> report.draft(f.focalSis, draft("X", null), NOW));
        assertThrows(AccessDeniedException.class, () -> report.draft(f.focalMai, draft("X", null), NOW));
        assertThrows(AccessDeniedException.class, () -> report.submit(f.focalSis, NOW));
        assertFalse(report.visibleTo(f.focalSis));
        assertTrue(report.visibleTo(f.expertMa));
        assertTrue(report.visibleTo(f.negotiator));
        // MAI contributes to the strategic objective only.
        assertTrue(period.findReportFor("SO-CYB-1").orElseThrow().visibleTo(f.expertMai));
        assertFalse(report.visibleTo(f.expertMai));
    }

    @Test
    void contributingInstitutionsAddInputUntilTheLeadSubmits() {
        ProgressReport report = period.findReportFor("SO-CYB-1").orElseThrow();
        report.contribute(f.expertMai, "MAI trained 40 officers.", NOW);
        report.contribute(f.focalMai, "MAI trained 45 officers.", NOW);
        assertEquals(1, report.getInputs().size());
        assertEquals("MAI trained 45 officers.", report.findInput(f.mai.getId()).orElseThrow().getText());
        assertThrows(NotContributingException.class, () -> report.contribute(f.focalSis, "Not ours", NOW));
        assertThrows(NotContributingException.class, () -> report.contribute(f.focalMa, "The lead", NOW));
        assertThrows(ValidationException.class, () -> report.contribute(f.focalMai, " ", NOW));
        report.draft(f.expertMa, new ReportDraft("Narativ", null, List.of(), List.of()), NOW);
        report.submit(f.focalMa, NOW);
        assertThrows(ReportStateException.class, () -> report.contribute(f.focalMai, "Late", NOW));
    }

    @Test
    void theNegotiatorReturnsWithAReasonOrAccepts() {
        ProgressReport report = goalReport();
        assertThrows(ReportStateException.class, () -> report.accept(NEGOTIATOR, NOW));
        report.draft(f.expertMa, draft("Progres", null), NOW);
        report.submit(f.focalMa, NOW);
        assertThrows(AccessDeniedException.class, () -> report.accept(f.focalMa.actor(), NOW));
        assertThrows(ValidationException.class, () -> report.returnForCorrection(NEGOTIATOR, "", NOW));
        report.returnForCorrection(NEGOTIATOR, "Indicator 1 lacks its source", NOW);
        assertEquals(ReportState.RETURNED, report.getState());
        assertEquals("Indicator 1 lacks its source", report.getReturnReason().orElseThrow());
        report.draft(f.expertMa, draft("Progres, cu sursa", null), NOW);
        report.submit(f.focalMa, NOW);
        report.accept(NEGOTIATOR, NOW);
        assertEquals(ReportState.ACCEPTED, report.getState());
        assertEquals("nina", report.getAcceptedBy().orElseThrow());
    }

    @Test
    void reportsNotSubmittedAfterTheInstitutionsDeadlineAreOverdue() {
        ProgressReport report = goalReport();
        assertFalse(report.isOverdue(LocalDate.of(2025, 12, 25)));
        assertTrue(report.isOverdue(LocalDate.of(2025, 12, 26)));
        report.draft(f.expertMa, draft("Progres", null), NOW);
        report.submit(f.focalMa, NOW);
        assertFalse(report.isOverdue(LocalDate.of(2025, 12, 26)));
    }

    @Test
    void thePeriodClosesOnlyWhenEveryReportIsAcceptedAndIsFrozenWithItsHash() {
        acceptAll();
        ProgressReport open = period.findReportFor("SO-CYB-1").orElseThrow();
        open.returnForCorrection(NEGOTIATOR, "One more look", NOW);
        PeriodNotCompleteException e = assertThrows(PeriodNotCompleteException.class,
                () -> period.close(NEGOTIATOR, NOW));
        assertEquals(1L, e.messageArguments()[0]);
        open.draft(f.expertMa, new ReportDraft("Narativ", null, List.of(), List.of()), NOW);
        open.submit(f.focalMa, NOW);
        open.accept(NEGOTIATOR, NOW);

        period.close(NEGOTIATOR, NOW);
        assertEquals(PeriodState.CLOSED, period.getState());
        String sha = period.getSnapshotSha256().orElseThrow();
        assertEquals(64, sha.length());
        assertEquals(PeriodSnapshot.sha256(period.getSnapshot().orElseThrow()), sha);
        assertTrue(period.getSnapshot().orElseThrow().contains("\"narrativeRo\":\"Progres\""));
        assertTrue(period.snapshotIntact());
        assertEquals(sha, PeriodSnapshot.sha256(PeriodSnapshot.toJson(period)), "the same content, the same hash");

        // Frozen: nothing changes until the period is reopened with a reason.
        assertThrows(PeriodStateException.class, () -> goalReport().returnForCorrection(NEGOTIATOR, "Why", NOW));
        assertThrows(PeriodStateException.class, () -> goalReport().override(NEGOTIATOR, 10.0, "Why"));
        assertThrows(PeriodStateException.class, () -> period.changeDeadlines(NEGOTIATOR,
                LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 30)));
        assertThrows(ValidationException.class, () -> period.reopen(NEGOTIATOR, " ", NOW));
        period.reopen(NEGOTIATOR, "The Ministry of Defence corrected a figure", NOW);
        assertEquals(PeriodState.OPEN, period.getState());
        assertEquals(sha, period.getSnapshotSha256().orElseThrow(), "the last snapshot stays on record");
        goalReport().returnForCorrection(NEGOTIATOR, "Correct indicator 1", NOW);
        goalReport().draft(f.expertMa, new ReportDraft("Progres", null, List.of(
                new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null),
                new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null)), List.of("9", "")), NOW);
        goalReport().submit(f.focalMa, NOW);
        goalReport().accept(NEGOTIATOR, NOW);
        period.close(NEGOTIATOR, NOW);
        assertNotEquals(sha, period.getSnapshotSha256().orElseThrow());
    }

    @Test
    void aChangedSnapshotNoLongerMatchesItsHash() throws Exception {
        acceptAll();
        period.close(NEGOTIATOR, NOW);
        assertTrue(period.snapshotIntact());
        ProgressReport report = goalReport();
        java.lang.reflect.Field snapshot = ProgressReport.class.getDeclaredField("snapshot");
        snapshot.setAccessible(true);
        snapshot.set(report, report.getSnapshot().orElseThrow().replace("Progres", "Regres"));
        assertFalse(period.snapshotIntact());
    }

    @Test
    void objectivesNotApprovedAreNotReportedOn() {
        assertEquals(ObjectiveStatus.DRAFT, draftObjective.getStatus());
        assertTrue(period.findReportFor("SO-EDU-1").isEmpty());
    }

    private void acceptAll() {
        for (ProgressReport report : period.getReports()) {
            int milestones = report.getMilestones().size();
            report.draft(f.expertMa, new ReportDraft("Progres", null,
                    java.util.Collections.nCopies(milestones,
                            new ReportDraft.MilestoneEntry(MilestoneStatus.ON_TRACK, null)),
                    java.util.Collections.nCopies(report.getIndicators().size(), "")), NOW);
            report.submit(f.focalMa, NOW);
            report.accept(NEGOTIATOR, NOW);
        }
    }
}
