package md.itpp.persistence.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every document is set in: Liberation Sans (SIL Open Font License 1.1, from the
 * {@code openpdf-fonts-extra} jar, whose {@code META-INF/LICENSES.md} carries the licence). It
 * has the Romanian ș ț ă î â, is metric-compatible with Arial, and LibreOffice ships it, so
 * Word files name it and PDFs embed it.
 */
public final class DocumentFonts {

    /** The family name Word files ask for. */
    public static final String FAMILY = "Liberation Sans";
    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    private DocumentFonts() {
    }

    static InputStream open(String resource) {
        InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Font missing from the class path: " + resource));
        }
        return in;
    }
}
