package md.itpp.domain.monitoring;

import static md.itpp.domain.monitoring.MonitoringFixture.NEGOTIATOR;
import static md.itpp.domain.monitoring.MonitoringFixture.approved;
import static md.itpp.domain.monitoring.MonitoringFixture.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.Objective;

/** The roll-up of reports into goal, objective, area and institution figures. */
class RollUpTest {

    private static final double EPSILON = 1e-9;
    private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");

    private MonitoringFixture f;
    private Objective strategic;
    private Objective goalA;
    private Objective goalB;
    private Objective emptyGoal;
    private Objective other;
    private ReportingPeriod period;

    @BeforeEach
    void period() {
        f = new MonitoringFixture();
        strategic = f.strategic("SO-CYB-1", f.cyber, f.ma, List.of(f.mai));
        goalA = f.goal("PG-CYB-1.1", strategic, 2, List.of(indicator("0", "10")));
        goalB = f.goal("PG-CYB-1.2", strategic, 1, List.of());
        emptyGoal = f.goal("PG-CYB-1.3", strategic, 0, List.of());
        other = f.strategic("SO-EDU-1", f.education, f.mai, List.of());
        List.of(strategic, goalA, goalB, emptyGoal, other).forEach(MonitoringFixture::approved);
        period = ReportingPeriod.open(NEGOTIATOR, f.programme, "2025 annual report", 2025, null, null,
                List.of(strategic, goalA, goalB, emptyGoal, other), NOW);
    }

    private ProgressReport report(Objective objective) {
        return period.findReportFor(objective.getCode()).orElseThrow();
    }

    private void draft(Objective objective, List<MilestoneStatus> statuses, List<String> values) {
        ProgressReport report = report(objective);
        List<ReportDraft.MilestoneEntry> entries = new ArrayList<>();
        statuses.forEach(s -> entries.add(new ReportDraft.MilestoneEntry(s, null)));
        report.draft(objective.getLeadInstitution().getId().equals(f.ma.getId()) ? f.expertMa : f.expertMai,
                new ReportDraft("Narativ", null, entries, values), NOW);
    }

    @Test
    void milestonesAndIndicatorsWeighEquallyByDefault() {
        // 100 (completed) + 50 (on track) + 40 (4 of 0..10) over three items.
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.ON_TRACK), List.of("4"));
        RollUp.Figures figures = period.figures();
        assertEquals(190.0 / 3, figures.objective("PG-CYB-1.1").value(), EPSILON);
        assertFalse(figures.objective("PG-CYB-1.1").overridden());
    }

    @Test
    void weightsChangeTheMeanAndZeroLeavesAnItemOut() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.NOT_STARTED), List.of("5"));
        report(goalA).weigh(NEGOTIATOR, List.of(3, 1), List.of(0));
        assertEquals(75.0, period.figures().objective("PG-CYB-1.1").value(), EPSILON);
        assertThrows(ValidationException.class, () -> report(goalA).weigh(NEGOTIATOR, List.of(101, 1), List.of(1)));
        assertThrows(ValidationException.class, () -> report(goalA).weigh(NEGOTIATOR, List.of(1), List.of(1)));
    }

    @Test
    void cancelledMilestonesDoNotCount() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED), List.of(""));
        assertEquals(100.0, period.figures().objective("PG-CYB-1.1").value(), EPSILON);
        draft(goalB, List.of(MilestoneStatus.CANCELLED), List.of());
        assertNull(period.figures().objective("PG-CYB-1.2").value(), "nothing counts: no figure, not 0");
    }

    @Test
    void aStrategicObjectiveIsTheMeanOfItsGoalsLeavingEmptyGoalsOut() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.COMPLETED), List.of("10"));
        draft(goalB, List.of(MilestoneStatus.ON_TRACK), List.of());
        RollUp.Figures figures = period.figures();
        assertFalse(figures.objective("PG-CYB-1.3").isPresent());
        assertEquals(75.0, figures.objective("SO-CYB-1").value(), EPSILON);
        assertEquals(75.0, figures.area("CYB").value(), EPSILON);
        assertEquals(75.0, figures.institution("MA").value(), EPSILON);
    }

    @Test
    void anOverrideReplacesTheFigureAndRollsUpWithTheComputedOneKept() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.COMPLETED), List.of("10"));
        draft(goalB, List.of(MilestoneStatus.ON_TRACK), List.of());
        report(goalB).override(NEGOTIATOR, 10.0, "The ministry's audit found the work stopped");
        RollUp.Figures figures = period.figures();
        RollUp.Figure goal = figures.objective("PG-CYB-1.2");
        assertTrue(goal.overridden());
        assertEquals(10.0, goal.value(), EPSILON);
        assertEquals(50.0, goal.computed(), EPSILON);
        assertEquals("The ministry's audit found the work stopped", goal.reason());
        assertEquals(55.0, figures.objective("SO-CYB-1").value(), EPSILON);

        report(strategic).override(NEGOTIATOR, 80.0, "Agreed with NATO staff");
        assertEquals(80.0, period.figures().area("CYB").value(), EPSILON);
        assertEquals(55.0, period.figures().objective("SO-CYB-1").computed(), EPSILON);

        report(strategic).override(NEGOTIATOR, null, null);
        assertFalse(period.figures().objective("SO-CYB-1").overridden());
    }

    @Test
    void overridesNeedAReasonAndAPercentageAndANegotiator() {
        ProgressReport r = report(goalA);
        assertThrows(ValidationException.class, () -> r.override(NEGOTIATOR, 50.0, " "));
        assertThrows(ValidationException.class, () -> r.override(NEGOTIATOR, 120.0, "Too much"));
        assertThrows(ValidationException.class, () -> r.override(NEGOTIATOR, Double.NaN, "Not a number"));
        assertThrows(md.itpp.domain.AccessDeniedException.class,
                () -> r.override(f.focalMa.actor(), 50.0, "Not mine to set"));
        assertTrue(r.getOverridePercent().isEmpty());
    }

    @Test
    void areasAverageTheirObjectivesAndTheOverallAveragesAreas() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.COMPLETED), List.of("10"));
        draft(goalB, List.of(MilestoneStatus.COMPLETED), List.of());
        report(other).override(NEGOTIATOR, 20.0, "Estimated from the ministry's letter");
        RollUp.Figures figures = period.figures();
        assertEquals(100.0, figures.area("CYB").value(), EPSILON);
        assertEquals(20.0, figures.area("EDU").value(), EPSILON);
        assertEquals(60.0, figures.overall().value(), EPSILON);
        assertEquals(20.0, figures.institution("MAI").value(), EPSILON);
    }

    @Test
    void anAreaWithNothingReportedHasNoFigure() {
        RollUp.Figures figures = period.figures();
        // Milestones default to "not started" (0 %), so goals with milestones give 0, not nothing.
        assertEquals(0.0, figures.area("CYB").value(), EPSILON);
        assertFalse(figures.area("EDU").isPresent());
        assertEquals("", figures.area("EDU").formatted());
    }

    @Test
    void indicatorsMeasureTheWayFromBaselineToTargetCapped() {
        assertEquals(50.0, RollUp.indicatorPercent("0", "10", "5").getAsDouble(), EPSILON);
        assertEquals(100.0, RollUp.indicatorPercent("0", "10", "15").getAsDouble(), EPSILON);
        assertEquals(0.0, RollUp.indicatorPercent("2", "10", "1").getAsDouble(), EPSILON);
        // A target below the baseline: from 40 % down to 10 %, reaching 25 % is half way.
        assertEquals(50.0, RollUp.indicatorPercent("40%", "10 %", "25,0").getAsDouble(), EPSILON);
        assertEquals(100.0, RollUp.indicatorPercent("3", "3", "3").getAsDouble(), EPSILON);
        assertEquals(0.0, RollUp.indicatorPercent("3", "3", "2").getAsDouble(), EPSILON);
        assertTrue(RollUp.indicatorPercent("none", "law adopted", "adopted").isEmpty());
        assertTrue(RollUp.indicatorPercent("0", "10", "").isEmpty());
        assertEquals(new BigDecimal("12.5"), RollUp.number(" 12,5 ").orElseThrow());
        assertTrue(RollUp.number("12 units").isEmpty());
        assertTrue(RollUp.number("1e5").isEmpty());
    }

    @Test
    void aNumericIndicatorRefusesAValueThatIsNotANumber() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.COMPLETED), List.of("many")));
        assertEquals(RollUp.NOT_A_NUMBER, e.messageKey());
        assertEquals("", report(goalA).getIndicators().get(0).getValueReached(), "nothing applied");
        assertEquals(MilestoneStatus.NOT_STARTED, report(goalA).getMilestones().get(0).getStatus(), "nothing applied");
    }

    @Test
    void figuresFormatToOneDecimal() {
        draft(goalA, List.of(MilestoneStatus.COMPLETED, MilestoneStatus.ON_TRACK), List.of("4"));
        assertEquals("63.3", period.figures().objective("PG-CYB-1.1").formatted());
    }
}
