package md.itpp.persistence.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word-level differences: the changed words are marked, the rest stays as written. */
class TextDiffTest {

    private static List<String> marked(List<DiffSegment> segments, DiffSegment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(DiffSegment::text).toList();
    }

    @Test
    void changedWordsAreMarkedOnTheirSide() {
        TextDiff.Sides sides = TextDiff.words("Develop national cyber capabilities.",
                "Develop national cyber defence capabilities quickly.");
        assertTrue(sides.changed());
        assertEquals(List.of(), marked(sides.before(), DiffSegment.Kind.DELETED));
        assertEquals(List.of("defence ", " quickly"), marked(sides.after(), DiffSegment.Kind.INSERTED));
        assertEquals("Develop national cyber capabilities.",
                sides.before().stream().map(DiffSegment::text).reduce("", String::concat));
        assertEquals("Develop national cyber defence capabilities quickly.",
                sides.after().stream().map(DiffSegment::text).reduce("", String::concat));
    }

    @Test
    void aReplacedWordIsDeletedAndInserted() {
        TextDiff.Sides sides = TextDiff.words("Consolidarea apărării", "Dezvoltarea apărării");
        assertEquals(List.of("Consolidarea"), marked(sides.before(), DiffSegment.Kind.DELETED));
        assertEquals(List.of("Dezvoltarea"), marked(sides.after(), DiffSegment.Kind.INSERTED));
    }

    @Test
    void equalTextsHaveNoMarks() {
        assertFalse(TextDiff.words("Same <b>text</b>", "Same <b>text</b>").changed());
        assertFalse(TextDiff.words("", "").changed());
        assertEquals(List.of("new"), marked(TextDiff.words("", "new").after(), DiffSegment.Kind.INSERTED));
    }
}
