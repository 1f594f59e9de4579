package md.itpp.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.CodeAlreadyUsedException;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveMessages;
import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.domain.objective.ObjectiveSnapshot.IndicatorEntry;
import md.itpp.domain.objective.ObjectiveSnapshot.MilestoneEntry;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;

/** The editor's form: every refusal at once, each on its input; values taken from a saved version. */
class ObjectiveFormTest {

    @Test
    void everyRefusalComesAtOnceOnItsInput() {
        ObjectiveForm form = ObjectiveForm.newStrategic();
        form.setTitleEn(" ");
        form.addMilestone(2025);
        form.getMilestones().get(0).setDescriptionEn("Done");
        form.addMilestone(2025);
        form.getMilestones().get(1).setYear(2031);
        form.addMilestone(2025);
        form.getMilestones().get(2).setYear(null);
        form.addMilestone(2025);
        form.getMilestones().get(3).setYear(2026);
        form.getMilestones().get(3).setDescriptionRo("x".repeat(5000));
        form.addIndicator();
        form.addIndicator();
        form.getIndicators().get(1).setNameRo("Indicator");
        form.getIndicators().get(1).setUnitRo("u".repeat(500));

        ObjectiveForm.Checked checked = form.check(2025, 2028);

        assertNull(checked.draft());
        assertEquals(List.of("titleEn", "milestones:1:year", "milestones:2:year", "milestones:3:descriptionRo",
                "indicators:0:nameEn", "indicators:1:unitRo"),
                checked.refusals().stream().map(ObjectiveForm.Refusal::input).toList());
        assertEquals(ObjectiveMessages.MILESTONE_YEAR_OUT_OF_RANGE, checked.refusals().get(1).reason().messageKey());
    }

    @Test
    void theLeadIsNeverAmongTheContributors() {
        ObjectiveForm form = ObjectiveForm.newStrategic();
        form.setContributorIds(List.of(3L, 5L, 7L));
        form.setLeadId(5L);
        assertEquals(List.of(3L, 7L), form.getContributorIds(), "the lead chosen after the contributors leaves them");

        form.setContributorIds(List.of(3L, 5L));
        assertEquals(List.of(3L), form.getContributorIds(), "a contributor ticked while it leads is not taken");

        form.setLeadId(null);
        form.setContributorIds(List.of(3L, 5L));
        assertEquals(List.of(3L, 5L), form.getContributorIds(), "no lead: every contributor stays");
    }

    @Test
    void anAcceptableFormIsADraft() {
        ObjectiveForm form = ObjectiveForm.newStrategic();
        form.setCode("SO-CYB-9");
        form.setAreaId(3L);
        form.setTitleEn("Title");
        form.setLeadId(7L);
        form.addMilestone(2026);
        form.getMilestones().get(0).setDescriptionRo("Gata");

        ObjectiveForm.Checked checked = form.check(2025, 2028);

        assertTrue(checked.valid(), checked.refusals().toString());
        assertEquals("SO-CYB-9", checked.draft().code());
        assertEquals(3L, checked.draft().areaId());
        assertEquals(2026, checked.draft().milestones().get(0).getYear());
    }

    @Test
    void refusalsOfTheServicesFindTheirInputOrTheTop() {
        assertEquals("code", ObjectiveForm.inputOf(new CodeAlreadyUsedException("SO-CYB-1")));
        assertEquals("lead", ObjectiveForm.inputOf(ValidationException.required("leadInstitution")));
        assertEquals("contributors", ObjectiveForm.inputOf(ValidationException.of("contributingInstitutions",
                ObjectiveMessages.LEAD_ALSO_CONTRIBUTOR, "MA")));
        assertNull(ObjectiveForm.inputOf(ValidationException.tooMany("milestones", 40)), "no input of its own");
        assertNull(ObjectiveForm.inputOf(new ValidationException(ObjectiveMessages.GOAL_NEEDS_STRATEGIC_PARENT, "X")));
    }

    @Test
    void aSavedValueIsTakenFieldByField() {
        ObjectiveForm form = ObjectiveForm.newStrategic();
        form.setTitleEn("Mine");
        form.setTextEn("My text");
        ObjectiveSnapshot saved = new ObjectiveSnapshot("SO-CYB-9", null, "CYB", Language.EN, "Theirs", "", "Their text",
                "", SourceInstrument.NEW, Priority.HIGH, "", "", "", "MA", List.of("MAI"),
                List.of(new MilestoneEntry(2027, "Done", "")), List.of(new IndicatorEntry("N", "", "", "", "", "", "", "")),
                false);
        Map<Long, String> codes = Map.of(1L, "MA", 2L, "MAI");

        form.take("titleEn", saved, Map.of("MA", 1L, "MAI", 2L));
        form.take("contributingInstitutions", saved, Map.of("MA", 1L, "MAI", 2L));
        form.take("milestones.2027", saved, Map.of());

        assertEquals("Theirs", form.getTitleEn());
        assertEquals("My text", form.getTextEn(), "other fields stay as typed");
        assertEquals(List.of(2L), form.getContributorIds());
        assertEquals(2027, form.getMilestones().get(0).getYear());
        ObjectiveSnapshot mine = form.snapshot(saved, codes);
        assertEquals("My text", mine.textEn());
        assertEquals(List.of("MAI"), mine.contributingInstitutions());
    }
}
