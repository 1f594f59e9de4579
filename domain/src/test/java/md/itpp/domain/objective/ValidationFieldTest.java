package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.MA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import md.itpp.domain.ValidationException;

/**
 * Each refusal names the field its value belongs to, so that a form can put the message next
 * to that input without reading the message's arguments; rules about the whole name none.
 */
class ValidationFieldTest {

    @Test
    void contentChecksNameTheirField() {
        assertField("titleEn", () -> new ObjectiveContent("x".repeat(ObjectiveContent.TITLE_MAX + 1), null, null,
                null, Language.EN, SourceInstrument.NEW, Priority.LOW, null, null, null));
        assertField("risks", () -> new ObjectiveContent("Title", null, null, null, Language.EN,
                SourceInstrument.NEW, Priority.LOW, null, "bell\u0007", null));
        assertField("titleRo", () -> new ObjectiveContent("Title", " ", null, null, Language.RO,
                SourceInstrument.NEW, Priority.LOW, null, null, null));
        assertField("priority", () -> new ObjectiveContent("Title", null, null, null, Language.EN,
                SourceInstrument.NEW, null, null, null, null));
    }

    @Test
    void rowChecksNameTheInputOfTheirRow() {
        assertField("milestones.descriptionEn", () -> new Milestone(2026, " ", null));
        assertField("milestones.descriptionRo", () -> new Milestone(2026, "Done", "x".repeat(Milestone.DESCRIPTION_MAX + 1)));
        assertField("milestones.year", () -> Milestone.checkYear(2030, 2025, 2028));
        assertField("indicators.nameEn", () -> new Indicator(null, "", "0", "1", "", ""));
        assertField("indicators.unit", () -> new Indicator("Name", null, null, null, "u".repeat(Indicator.UNIT_MAX + 1), null));
    }

    @Test
    void theObjectivesOwnChecksNameTheirField() {
        Objective objective = Fixtures.draft();
        assertField("milestones.year",
                () -> objective.replaceMilestones(AUTHOR, List.of(new Milestone(2024, "Too early", null))));
        assertField("contributingInstitutions",
                () -> objective.assignInstitutions(AUTHOR, MA, Set.of(MA)));
        assertField("code", () -> Objective.strategic(AUTHOR, "so cyb", Fixtures.PROGRAMME, Fixtures.CYBER, MA,
                Fixtures.content()));
    }

    @Test
    void rulesAboutTheWholeNameNoField() {
        Objective goal = Objective.goal(AUTHOR, "PG-CYB-9.1", Fixtures.draft(), MA, Fixtures.content());
        ValidationException refused = assertThrows(ValidationException.class, () -> goal.checkNewGoal("PG-CYB-9.2"));
        assertEquals(ObjectiveMessages.GOAL_NEEDS_STRATEGIC_PARENT, refused.messageKey());
        assertEquals(Optional.empty(), refused.field());
    }

    @Test
    void theOpenedForEditingCheckFollowsTheStatus() {
        Fixtures.draft().checkEditable();
        assertThrows(EditNotAllowedException.class,
                () -> Fixtures.objectiveIn(ObjectiveStatus.SUBMITTED).checkEditable());
        assertThrows(EditNotAllowedException.class,
                () -> Fixtures.objectiveIn(ObjectiveStatus.SUBMITTED).checkNewGoal("PG-CYB-9.1"));
    }

    private static void assertField(String field, Executable check) {
        ValidationException refused = assertThrows(ValidationException.class, check);
        assertEquals(Optional.of(field), refused.field(), refused.getMessage());
    }
}
