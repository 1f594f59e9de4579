package md.itpp.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font every document is set in: Liberation Sans (SIL Open Font License 1.1, from the
 * {@code openpdf-fonts-extra} jar, whose {@code META-INF/LICENSES.md} carries the licence). It
 * has the Romanian ș ț ă î â, is metric-compatible with Arial, and LibreOffice ships it, so
 * Word files name it and PDFs embed it.
 *
 * <p>PDFs embed a copy without the glyph substitution table ({@code GSUB}, see
 * {@link #forPdf(String)}): PDFBox applies that table to every string it shows with regular
 * expressions, which took half of a large PDF's rendering time, and Liberation Sans substitutes
 * nothing a document here needs (its Latin lookups are ligatures and localized forms; ș ț ă î â
 * are mapped directly by the character map).
 */
public final class DocumentFonts {

    /** The family name Word files ask for. */
    public static final String FAMILY = "Liberation Sans";
    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    /** The tables left out of the copy PDFs embed. */
    static final List<String> DROPPED = List.of("GSUB");

    private static final Map<String, byte[]> FOR_PDF = new ConcurrentHashMap<>();

    private DocumentFonts() {
    }

    static InputStream open(String resource) {
        InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Font missing from the class path: " + resource));
        }
        return in;
    }

    /** The font as PDFs embed it: without {@link #DROPPED}'s tables, read once and kept (about 350 KB a face). */
    static InputStream forPdf(String resource) {
        return new ByteArrayInputStream(FOR_PDF.computeIfAbsent(resource, r -> {
            try (InputStream in = open(r)) {
                return withoutTables(in.readAllBytes(), DROPPED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * A TrueType font without the named tables: the table directory rewritten for the tables
     * kept (each at a 4-byte boundary, checksums as found) and the {@code head} table's
     * whole-font checksum adjustment recomputed, as the OpenType specification asks.
     */
    static byte[] withoutTables(byte[] font, List<String> dropped) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        record Table(String tag, int checksum, int offset, int length) {
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
            Table table = new Table(tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (table.offset() < 0 || table.length() < 0 || (long) table.offset() + table.length() > font.length) {
                throw new IOException("Font table " + tag + " lies outside the file");
            }
            if (!dropped.contains(tag)) {
                kept.add(table);
            }
        }
        int n = kept.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
        int searchRange = (1 << entrySelector) * 16;
        int directory = 12 + 16 * n;
        int size = directory;
        for (Table t : kept) {
            size += (t.length() + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (n * 16 - searchRange));
        int offset = directory;
        int headOffset = -1;
        for (Table t : kept) {
            out.put(t.tag().getBytes(StandardCharsets.US_ASCII)).putInt(t.checksum()).putInt(offset).putInt(t.length());
            if ("head".equals(t.tag())) {
                headOffset = offset;
            }
            offset += (t.length() + 3) & ~3;
        }
        for (Table t : kept) {
            out.put(font, t.offset(), t.length());
            out.position((out.position() + 3) & ~3);
        }
        if (headOffset >= 0) {
            out.putInt(headOffset + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(headOffset + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }
}
