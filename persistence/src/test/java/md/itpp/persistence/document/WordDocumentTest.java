package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The streamed Word body: what XML cannot hold is left out, spaces and line breaks are kept, the stream stays open. */
class WordDocumentTest {

    @Test
    void controlCharactersAreDroppedAndSpacesLineBreaksAndSupplementaryLettersKept() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WordDocument docx = new WordDocument(out, DocumentLanguage.RO, "Titlu", "", "Pagina", "din", false)) {
            docx.paragraph("Normal", "a\u0001b\u000Bc \uD835\uDC00 ș\uD800");
            docx.paragraph("Normal", "  two spaces\nsecond line");
            docx.table(List.of("A", "B"), List.of(List.of("x\u0002", "<&>")), null);
            docx.finish();
        }
        out.write('!'); // still open
        byte[] bytes = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 1);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals("abc \uD835\uDC00 ș", read.getParagraphs().get(0).getText());
            assertEquals("  two spaces\nsecond line", read.getParagraphs().get(1).getText());
            assertEquals("x", read.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals("<&>", read.getTables().get(0).getRow(1).getCell(1).getText());
            assertTrue(read.getTables().get(0).getRow(0).isRepeatHeader());
        }
    }

    @Test
    void aFinishedDocumentTakesNoMore() {
        try (WordDocument docx = new WordDocument(DocumentLanguage.EN, "Title", "", "Page", "of", true)) {
            docx.paragraph("Normal", "text");
            assertTrue(docx.toBytes().length > 0);
            assertThrows(IllegalStateException.class, () -> docx.paragraph("Normal", "more"));
        }
    }
}
