package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Role;

/**
 * The editor's save: all or nothing, nothing when nothing changed, only by negotiators while
 * editable; the translation-outdated rule; the checks on codes and hostile text.
 */
class ObjectiveDraftingTest {

    private static ObjectiveContent content(String titleEn, String titleRo, String textEn, String textRo) {
        ObjectiveContent c = Fixtures.content();
        return new ObjectiveContent(titleEn, titleRo, textEn, textRo, c.authoritativeLanguage(),
                c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context());
    }

    private static boolean save(Objective objective, ObjectiveContent content) {
        return objective.edit(AUTHOR, content, objective.getLeadInstitution(),
                objective.getContributingInstitutions(), objective.getMilestones(), objective.getIndicators());
    }

    @Test
    void aSaveThatChangesNothingLeavesTheObjectiveAsItWas() {
        Objective objective = Fixtures.draft();
        Instant updated = objective.getUpdatedAt();
        Objective sameAuthorLater = objective;
        assertFalse(save(sameAuthorLater, Fixtures.content()));
        assertEquals(updated, objective.getUpdatedAt());
        assertFalse(objective.isTranslationOutdated());
    }

    @Test
    void changingOnlyTheAuthoritativeTextMarksTheTranslationOutdated() {
        Objective objective = Fixtures.draft();
        ObjectiveContent c = Fixtures.content();
        assertTrue(save(objective, content(c.titleEn(), c.titleRo(), c.textEn() + " Also training.", c.textRo())));
        assertTrue(objective.isTranslationOutdated(), "English is authoritative and changed; Romanian did not");

        assertTrue(save(objective, content(c.titleEn() + " now", c.titleRo(), c.textEn() + " Also training.", c.textRo())));
        assertTrue(objective.isTranslationOutdated(), "still out of date");

        assertTrue(save(objective, content(c.titleEn() + " now", c.titleRo(), c.textEn() + " Also training.",
                c.textRo() + " Și instruire.")));
        assertFalse(objective.isTranslationOutdated(), "updating the translation clears the mark");
    }

    @Test
    void changingOnlyTheTranslationDoesNotMarkIt() {
        Objective objective = Fixtures.draft();
        ObjectiveContent c = Fixtures.content();
        assertTrue(save(objective, content(c.titleEn(), c.titleRo() + " nou", c.textEn(), c.textRo())));
        assertFalse(objective.isTranslationOutdated());
    }

    @Test
    void noTranslationYetIsNotAnOutdatedOne() {
        Objective objective = Objective.strategic(AUTHOR, "SO-CYB-2", Fixtures.PROGRAMME, Fixtures.CYBER,
                Fixtures.MAEIE, content("Title", null, "Text", null));
        assertTrue(save(objective, content("Title", null, "Text changed", null)));
        assertFalse(objective.isTranslationOutdated());
    }

    @Test
    void aNegotiatorConfirmsTheTranslation() {
        Objective objective = Fixtures.draft();
        ObjectiveContent c = Fixtures.content();
        save(objective, content(c.titleEn(), c.titleRo(), c.textEn() + " More.", c.textRo()));
        assertThrows(EditNotAllowedException.class, () -> objective.confirmTranslation(Fixtures.REVIEWER));
        assertTrue(objective.confirmTranslation(AUTHOR));
        assertFalse(objective.isTranslationOutdated());
        assertFalse(objective.confirmTranslation(AUTHOR), "nothing to confirm twice");
    }

    @Test
    void anOutdatedTranslationStopsTheSubmissionUntilANegotiatorClearsIt() {
        Objective objective = Fixtures.objectiveIn(ObjectiveStatus.IN_REVISION);
        ObjectiveContent c = Fixtures.content();
        Fixtures.edit(objective, AUTHOR, content(c.titleEn(), c.titleRo(), c.textEn() + " Proposed wording applied.", c.textRo()));
        assertTrue(objective.isTranslationOutdated());

        TranslationOutdatedException refused = assertThrows(TranslationOutdatedException.class,
                () -> objective.submit(AUTHOR, null));
        assertEquals(TranslationOutdatedException.MESSAGE_KEY, refused.messageKey());
        assertEquals(Language.RO, refused.messageArguments()[0], "names the language to bring up to date");
        assertEquals(ObjectiveStatus.IN_REVISION, objective.getStatus(), "nothing changed");

        assertTrue(objective.canEdit(AUTHOR), "the negotiator can still clear the mark where the text is editable");
        assertTrue(objective.confirmTranslation(AUTHOR));
        objective.submit(AUTHOR, null);
        assertEquals(ObjectiveStatus.SUBMITTED, objective.getStatus());
    }

    @Test
    void reviseFollowsTheSameRule() {
        Objective objective = Fixtures.draft();
        ObjectiveContent c = Fixtures.content();
        Fixtures.edit(objective, AUTHOR, content(c.titleEn() + "!", c.titleRo(), c.textEn(), c.textRo()));
        assertTrue(objective.isTranslationOutdated());
    }

    @ParameterizedTest
    @EnumSource(ObjectiveStatus.class)
    void onlyEditableStatusesAcceptASave(ObjectiveStatus status) {
        Objective objective = Fixtures.objectiveIn(status);
        ObjectiveContent changed = content("Changed", "Schimbat", "x", "y");
        if (status.isEditable()) {
            assertTrue(save(objective, changed));
        } else {
            assertThrows(EditNotAllowedException.class, () -> save(objective, changed));
            assertEquals(Fixtures.content().titleEn(), objective.getTitleEn(), "nothing changed");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "NEGOTIATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyNegotiatorsSave(Role role) {
        Objective objective = Fixtures.draft();
        assertThrows(EditNotAllowedException.class, () -> objective.edit(Fixtures.actor("someone", role),
                content("Changed", "Schimbat", "x", "y"), Fixtures.MAEIE, List.of(), List.of(), List.of()));
        assertEquals(Fixtures.content().titleEn(), objective.getTitleEn());
    }

    @Test
    void aFailingPartLeavesEverythingAsItWas() {
        Objective objective = Fixtures.draft();
        assertThrows(ValidationException.class, () -> objective.edit(AUTHOR, content("Changed", "Schimbat", "x", "y"),
                Fixtures.MAEIE, List.of(), List.of(new Milestone(2030, "Too late", null)), List.of()));
        assertEquals(Fixtures.content().titleEn(), objective.getTitleEn());
        assertThrows(ValidationException.class, () -> objective.edit(AUTHOR, content("Changed", "Schimbat", "x", "y"),
                Fixtures.MAEIE, List.of(Fixtures.MAEIE), List.of(), List.of()));
        assertEquals(Fixtures.content().titleEn(), objective.getTitleEn());
    }

    @Test
    void milestonesAreKeptByYearAndTheEditorsOrderWithinAYear() {
        Objective objective = Fixtures.draft();
        objective.edit(AUTHOR, Fixtures.content(), Fixtures.MAEIE, List.of(), List.of(
                new Milestone(2027, "C", null), new Milestone(2025, "B", null), new Milestone(2025, "A", null)),
                List.of());
        assertEquals(List.of("B", "A", "C"), objective.getMilestones().stream().map(Milestone::getDescriptionEn).toList());
    }

    @Test
    void tooManyMilestonesOrIndicatorsAreRefused() {
        Objective objective = Fixtures.draft();
        ValidationException e = assertThrows(ValidationException.class, () -> objective.replaceMilestones(AUTHOR,
                Collections.nCopies(Objective.MILESTONES_MAX + 1, new Milestone(2025, "x", null))));
        assertEquals(ValidationException.TOO_MANY, e.messageKey());
        assertThrows(ValidationException.class, () -> objective.replaceIndicators(AUTHOR,
                Collections.nCopies(Objective.INDICATORS_MAX + 1, new Indicator("x", null, null, null, null, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"so-cyb-1", "SO CYB", "SO--1", "-SO", "SO-CYB-1.", "SO_CYB", "<b>"})
    void codesHaveOneFormat(String code) {
        ValidationException e = assertThrows(ValidationException.class, () -> Objective.strategic(AUTHOR, code,
                Fixtures.PROGRAMME, Fixtures.CYBER, Fixtures.MAEIE, Fixtures.content()));
        assertEquals(ObjectiveMessages.CODE_FORMAT, e.messageKey());
    }

    @Test
    void hostileTextIsStoredAsWrittenOrRefused() {
        String script = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";
        ObjectiveContent stored = content(script, script, script, script);
        assertEquals(script, stored.titleEn(), "markup is text: stored as written, escaped when shown");

        ValidationException control = assertThrows(ValidationException.class,
                () -> content("Bell\u0007", null, null, null));
        assertEquals(ValidationException.CONTROL_CHARACTERS, control.messageKey());
        assertThrows(ValidationException.class, () -> content("Lone \uD800 surrogate", null, null, null));
        assertThrows(ValidationException.class, () -> content("Title", null, "x".repeat(ObjectiveContent.TEXT_MAX + 1), null));
        assertEquals("Line one\nLine two\tend", content("Line one\r\nLine two\tend", null, null, null).titleEn());
        assertEquals("Emoji 🙂 ok", content("Emoji 🙂 ok", null, null, null).titleEn());
    }

    @Test
    void aGoalNeedsAnEditableParent() {
        Objective submitted = Fixtures.objectiveIn(ObjectiveStatus.SUBMITTED);
        assertThrows(EditNotAllowedException.class, () -> Objective.goal(AUTHOR, "PG-CYB-1.1", submitted,
                Fixtures.STISC, Fixtures.content()));
    }
}
