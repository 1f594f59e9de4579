package md.itpp.persistence.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.programme.ProgrammeDocumentsAhead.Kind;

class ProgrammeDocumentsAheadTest {

    @Test
    void theKindsAskedForAreWrittenPerLanguagePdfFirst() {
        Map<Language, List<Kind>> due = ProgrammeDocumentsAhead.due(List.of(new Kind("docx", Language.RO),
                new Kind("docx", Language.EN), new Kind("pdf", Language.RO)));
        assertEquals(List.of(Language.EN, Language.RO), List.copyOf(due.keySet()));
        assertEquals(List.of(new Kind("docx", Language.EN)), due.get(Language.EN));
        assertEquals(List.of(new Kind("pdf", Language.RO), new Kind("docx", Language.RO)), due.get(Language.RO));
        assertEquals(Map.of(), ProgrammeDocumentsAhead.due(List.of()));
    }

    /** The scheduler's interval with the setting unset (null) or set to {@code value}. */
    private static Duration interval(String value) {
        return ProgrammeDocumentScheduler.interval(
                value == null ? Map.of() : Map.of("ITPP_DOCUMENTS_AHEAD_SECONDS", value));
    }

    @Test
    void theIntervalIsAMinuteUnlessSetAndZeroTurnsItOff() {
        assertEquals(Duration.ofSeconds(60), interval(null));
        assertEquals(Duration.ofSeconds(60), interval(" "));
        assertEquals(Duration.ofSeconds(300), interval(" 300 "));
        assertEquals(Duration.ZERO, interval("0"));
        assertThrows(IllegalStateException.class, () -> interval("-1"));
        assertThrows(IllegalStateException.class, () -> interval("86401"));
        assertThrows(IllegalStateException.class, () -> interval("a minute"));
    }
}
