package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static md.itpp.domain.objective.Fixtures.objectiveIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import md.itpp.domain.ValidationException;

/** Adoption is recorded with the Government decision that made it. */
class AdoptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void needsADecisionNumber(String blank) {
        Objective objective = objectiveIn(ObjectiveStatus.AGREED);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> objective.recordAdoption(AUTHOR, blank, LocalDate.of(2026, 3, 11)));

        assertEquals(ValidationException.REQUIRED, refused.messageKey());
        assertArrayEquals(new Object[] {"governmentDecisionNumber"}, refused.messageArguments());
        assertEquals(ObjectiveStatus.AGREED, objective.getStatus());
        assertThrows(ValidationException.class,
                () -> objective.recordAdoption(AUTHOR, null, LocalDate.of(2026, 3, 11)));
    }

    @Test
    void needsADecisionDate() {
        Objective objective = objectiveIn(ObjectiveStatus.AGREED);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> objective.recordAdoption(AUTHOR, "HG nr. 123", null));

        assertArrayEquals(new Object[] {"governmentDecisionDate"}, refused.messageArguments());
        assertEquals(ObjectiveStatus.AGREED, objective.getStatus());
        assertEquals(Optional.empty(), objective.getGovernmentDecisionNumber());
    }

    @Test
    void recordsTheDecision() {
        Objective objective = objectiveIn(ObjectiveStatus.AGREED);

        objective.recordAdoption(AUTHOR, " HG nr. 45 ", LocalDate.of(2026, 1, 28));

        assertEquals(ObjectiveStatus.ADOPTED, objective.getStatus());
        assertEquals(Optional.of("HG nr. 45"), objective.getGovernmentDecisionNumber());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 28)), objective.getGovernmentDecisionDate());
    }
}
