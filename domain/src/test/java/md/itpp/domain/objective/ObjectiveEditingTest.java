package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.REVIEWER;
import static md.itpp.domain.objective.Fixtures.actor;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/** Writing the content: who, when, and what is accepted. */
class ObjectiveEditingTest {

    @Test
    void aNegotiatorRevisesAndBecomesTheAuthor() {
        Objective objective = objectiveIn(ObjectiveStatus.IN_REVISION);
        Actor petru = actor("petru.negotiator", Role.NEGOTIATOR);
        ObjectiveContent changed = new ObjectiveContent(null, "Apărare cibernetică", null, "Text",
                Language.RO, SourceInstrument.NEW, Priority.LOW, null, null, null);

        Fixtures.edit(objective, petru, changed);

        assertEquals(changed, objective.getContent());
        assertEquals("", objective.getTitleEn());
        assertEquals("petru.negotiator", objective.getContentAuthor());
    }

    @Test
    void othersCannotEdit() {
        Objective objective = Fixtures.draft();

        assertThrows(EditNotAllowedException.class, () -> Fixtures.edit(objective, REVIEWER, Fixtures.content()));
        assertFalse(objective.canEdit(REVIEWER));
        assertTrue(objective.canEdit(AUTHOR));
    }

    @Test
    void nothingIsEditedOnceSubmitted() {
        Objective objective = objectiveIn(ObjectiveStatus.SUBMITTED);

        assertThrows(EditNotAllowedException.class, () -> Fixtures.edit(objective, AUTHOR, Fixtures.content()));
        assertThrows(EditNotAllowedException.class,
                () -> objective.assignInstitutions(AUTHOR, Fixtures.MA, Set.of()));
        assertThrows(EditNotAllowedException.class, () -> objective.replaceIndicators(AUTHOR, List.of()));
    }

    @Test
    void theAuthoritativeTitleIsRequired() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new ObjectiveContent("Cyber defence", " ", null, null, Language.RO,
                        SourceInstrument.NEW, Priority.LOW, null, null, null));

        assertArrayEquals(new Object[] {"titleRo"}, refused.messageArguments());
    }

    @Test
    void textsHaveLimits() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new ObjectiveContent("Title", null, "x".repeat(ObjectiveContent.TEXT_MAX + 1), null,
                        Language.EN, SourceInstrument.NEW, Priority.LOW, null, null, null));

        assertArrayEquals(new Object[] {"textEn", ObjectiveContent.TEXT_MAX}, refused.messageArguments());
    }

    @Test
    void theLeadCannotAlsoContribute() {
        Objective objective = Fixtures.draft();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> objective.assignInstitutions(AUTHOR, Fixtures.MA, Set.of(Fixtures.MA, Fixtures.STISC)));

        assertEquals("error.objective.leadAlsoContributor", refused.messageKey());
        assertSame(Fixtures.MAEIE, objective.getLeadInstitution());
    }

    @Test
    void institutionsAreAssigned() {
        Objective objective = Fixtures.draft();

        objective.assignInstitutions(AUTHOR, Fixtures.MA, List.of(Fixtures.MAEIE, Fixtures.STISC));

        assertSame(Fixtures.MA, objective.getLeadInstitution());
        assertEquals(Set.of(Fixtures.MAEIE, Fixtures.STISC), objective.getContributingInstitutions());
        assertThrows(UnsupportedOperationException.class,
                () -> objective.getContributingInstitutions().clear());
    }
}
