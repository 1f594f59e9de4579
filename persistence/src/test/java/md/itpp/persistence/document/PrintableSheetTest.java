package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The row-height estimate counts wrapped lines as a word processor wraps them. */
class PrintableSheetTest {

    @Test
    void countsWrappedLinesAtWordsAndLineBreaks() {
        assertEquals(1, PrintableSheet.wrappedLines("", 20));
        assertEquals(1, PrintableSheet.wrappedLines("short text", 20));
        assertEquals(2, PrintableSheet.wrappedLines("one line\nanother line", 20));
        assertEquals(2, PrintableSheet.wrappedLines("aaaa bbbb cccc dddd eeee", 16));
        assertEquals(3, PrintableSheet.wrappedLines("x".repeat(40), 16));
    }
}
