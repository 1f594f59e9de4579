package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The font copy PDFs embed: no GSUB table, everything else intact, Romanian letters still shown and extracted. */
class DocumentFontsTest {

    private static final String ROMANIAN = "ă â î ș ț Ă Â Î Ș Ț";

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFontGivenToTheRendererHasNoGsubAndKeepsEveryOtherTable() throws IOException {
        for (String face : new String[] {DocumentFonts.REGULAR, DocumentFonts.BOLD, DocumentFonts.ITALIC}) {
            try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(read(DocumentFonts.open(face))));
                 TrueTypeFont embedded = new TTFParser().parse(new RandomAccessReadBuffer(read(DocumentFonts.forPdf(face))))) {
                assertTrue(original.getTableMap().containsKey("GSUB"), "the original has GSUB: " + face);
                assertFalse(embedded.getTableMap().containsKey("GSUB"), "no GSUB in what PDFs embed: " + face);
                var kept = new java.util.TreeSet<>(original.getTableMap().keySet());
                kept.remove("GSUB");
                assertEquals(kept, new java.util.TreeSet<>(embedded.getTableMap().keySet()), face);
                assertEquals(original.getNumberOfGlyphs(), embedded.getNumberOfGlyphs(), face);
                for (int c : ROMANIAN.replace(" ", "").codePoints().toArray()) {
                    int glyph = embedded.getUnicodeCmapLookup().getGlyphId(c);
                    assertNotEquals(0, glyph, "glyph for " + Character.toString(c));
                    assertEquals(original.getUnicodeCmapLookup().getGlyphId(c), glyph);
                    assertEquals(original.getAdvanceWidth(glyph), embedded.getAdvanceWidth(glyph));
                }
            }
        }
    }

    @Test
    void theWholeFontChecksumIsRight() throws IOException {
        byte[] font = read(DocumentFonts.forPdf(DocumentFonts.REGULAR));
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int sum = 0;
        for (int i = 0; i + 4 <= font.length; i += 4) {
            sum += buffer.getInt(i);
        }
        assertEquals(0, font.length % 4, "padded to 4 bytes");
        assertEquals(0xB1B0AFBA, sum, "checkSumAdjustment makes the font sum to 0xB1B0AFBA");
    }

    @Test
    void romanianLettersAreShownAndExtractedWithoutGsub() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, DocumentFonts.forPdf(DocumentFonts.REGULAR), true);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                content.showText("Specialiști instruiți: " + ROMANIAN);
                content.endText();
            }
            pdf.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Specialiști instruiți: " + ROMANIAN), text);
            assertTrue(pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next())
                    .isEmbedded(), "embedded");
        }
    }
}
