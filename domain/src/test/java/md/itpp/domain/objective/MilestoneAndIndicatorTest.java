package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import md.itpp.domain.ValidationException;

/** Milestones lie within the programme's years; milestones and indicators change only while editable. */
class MilestoneAndIndicatorTest {

    @ParameterizedTest
    @ValueSource(ints = {2024, 2029, 0})
    void outsideTheProgrammeAreRejected(int year) {
        Objective objective = Fixtures.draft();
        objective.replaceMilestones(AUTHOR, List.of(new Milestone(2026, "Strategy adopted", null)));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> objective.replaceMilestones(AUTHOR, List.of(
                        new Milestone(2025, "Team set up", null),
                        new Milestone(year, "Out of range", null))));

        assertEquals("error.objective.milestoneYearOutOfRange", refused.messageKey());
        assertArrayEquals(new Object[] {String.valueOf(year), "2025", "2028"}, refused.messageArguments());
        assertEquals(List.of(new Milestone(2026, "Strategy adopted", null)), objective.getMilestones());
    }

    @Test
    void withinTheProgrammeAreKeptInOrderOfYear() {
        Objective objective = Fixtures.draft();
        Milestone first = new Milestone(2025, "CERT staffed", "CERT încadrat");
        Milestone last = new Milestone(2028, "Exercise passed", "Exercițiu reușit");
        Milestone middle = new Milestone(2026, "Law adopted", null);

        objective.replaceMilestones(AUTHOR, List.of(last, first, middle));

        assertEquals(List.of(first, middle, last), objective.getMilestones());
        assertEquals("Exercițiu reușit", objective.getMilestones().get(2).description(new Locale("ro")));
        assertEquals("Law adopted", objective.getMilestones().get(1).description(new Locale("ro")));
        assertThrows(UnsupportedOperationException.class, () -> objective.getMilestones().clear());
    }

    @Test
    void needADescription() {
        assertThrows(ValidationException.class, () -> new Milestone(2026, " ", null));
    }

    @Test
    void cannotChangeOnceSubmitted() {
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED);

        EditNotAllowedException refused = assertThrows(EditNotAllowedException.class,
                () -> objective.replaceMilestones(AUTHOR, List.of()));

        assertEquals(ObjectiveStatus.SUBMITTED, refused.status());
        assertEquals("error.objective.notEditable", refused.messageKey());
    }

    @Test
    void indicatorsAreReplacedInTheGivenOrder() {
        Objective objective = Fixtures.draft();
        Indicator staff = new Indicator("Trained staff", "Personal instruit", "10", "40", "persons",
                "Training records");
        Indicator drills = new Indicator("Drills held", null, "0", "4", "drills", null);

        objective.replaceIndicators(AUTHOR, List.of(staff, drills));

        assertEquals(List.of(staff, drills), objective.getIndicators());
        assertEquals("Drills held", drills.name(new Locale("ro")));
        assertEquals("", drills.getMeansOfVerificationEn());
        assertEquals("", drills.getMeansOfVerificationRo());
    }

    @Test
    void unitAndMeansOfVerificationAreWrittenInBothLanguages() {
        Indicator staff = new Indicator("Trained staff", "Personal instruit", "10", "40", "persons", "persoane",
                "Annual report of STISC", "Raportul anual al STISC");
        Indicator untranslated = new Indicator("Drills held", "Exerciții", "0", "4", "drills", null, null, "Raport");

        assertEquals("persoane", staff.unit(new Locale("ro")));
        assertEquals("persons", staff.unit(Locale.ENGLISH));
        assertEquals("Raportul anual al STISC", staff.meansOfVerification(new Locale("ro")));
        assertEquals("Annual report of STISC", staff.meansOfVerification(Locale.ENGLISH));
        assertEquals("drills", untranslated.unit(new Locale("ro")), "the other language while untranslated");
        assertEquals("Raport", untranslated.meansOfVerification(Locale.ENGLISH));
        ValidationException tooLong = assertThrows(ValidationException.class, () -> new Indicator("x", null, null, null,
                null, "u".repeat(Indicator.UNIT_MAX + 1), null, null));
        assertEquals("indicators.unitRo", tooLong.messageArguments()[0]);
    }
}
