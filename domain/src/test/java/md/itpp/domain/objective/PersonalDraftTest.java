package md.itpp.domain.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;

/** A personal draft: what it keeps, when it went stale, and when it is forgotten. */
class PersonalDraftTest {

    private static final Instant TEN_FORTY_TWO = Instant.parse("2026-12-03T08:42:00Z");

    @Test
    void keepsTheLatestContentItsVersionAndTime() {
        PersonalDraft draft = new PersonalDraft("negotiator", 7, "{\"titleEn\":\"first\"}", 3, TEN_FORTY_TWO);

        Instant later = Instant.parse("2026-12-03T08:43:05Z");
        draft.keep("{\"titleEn\":\"second\"}", 4, later);

        assertEquals("negotiator", draft.getOwner());
        assertEquals(7, draft.getObjectiveId());
        assertEquals("{\"titleEn\":\"second\"}", draft.getContent());
        assertEquals(4, draft.getBaseVersion());
        assertEquals(later, draft.getSavedAt());
    }

    @Test
    void isStaleOnceTheObjectiveWasSavedSince() {
        PersonalDraft draft = new PersonalDraft("negotiator", 7, "{}", 3, TEN_FORTY_TWO);

        assertFalse(draft.startedBefore(3));
        assertTrue(draft.startedBefore(4));
    }

    @Test
    void isForgottenAfterThirtyDaysWithoutBeingKept() {
        PersonalDraft draft = new PersonalDraft("negotiator", 7, "{}", 3, TEN_FORTY_TWO);

        assertFalse(draft.isForgottenAt(Instant.parse("2027-01-02T08:42:00Z")));
        assertTrue(draft.isForgottenAt(Instant.parse("2027-01-02T08:42:01Z")));
        assertEquals(Instant.parse("2026-11-03T08:42:00Z"), PersonalDraft.forgottenBefore(TEN_FORTY_TWO));
    }

    @Test
    void refusesNothingToKeep() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new PersonalDraft("negotiator", 7, " ", 3, TEN_FORTY_TWO));

        assertEquals(Optional.of("content"), refused.field());
    }

    @Test
    void refusesMoreThanTheEditorCanHold() {
        PersonalDraft draft = new PersonalDraft("negotiator", 7, "{}", 3, TEN_FORTY_TWO);
        String tooLong = "x".repeat(1_000_001);

        assertThrows(ValidationException.class, () -> draft.keep(tooLong, 3, TEN_FORTY_TWO));
        assertEquals("{}", draft.getContent());
    }

    @Test
    void needsAnOwner() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDraft(" ", 7, "{}", 3, TEN_FORTY_TWO));
    }
}
