package md.itpp.persistence.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an {@link HtmlPage} as an archival, accessible PDF: PDF/A-2a (which includes 2b),
 * tagged (a structure tree a screen reader follows, headings and table headers marked as such),
 * with the page's title and language in the metadata, its bookmarks as the outline and Liberation
 * Sans embedded.
 *
 * <p>Why not OpenPDF, which wrote the earlier PDFs: it writes neither a structure tree nor PDF/A.
 * openhtmltopdf lays out an XHTML template on PDFBox and writes both.
 */
public final class ArchivalPdf {

    /** The conformance claimed in the XMP metadata; a veraPDF test checks it. */
    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    private static final String FAMILY = "Liberation Sans";

    static {
        // openhtmltopdf logs every stage of every render at INFO (timings, fonts loaded) to
        // standard error, which the server files as SEVERE; warnings are what a log wants.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private ArchivalPdf() {
    }

    public static byte[] render(HtmlPage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(CONFORMANCE);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer("ITPP Workbench");
        builder.useFont(() -> DocumentFonts.open(DocumentFonts.REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> DocumentFonts.open(DocumentFonts.BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> DocumentFonts.open(DocumentFonts.ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
        // The template needs nothing from outside: refuse every external resource.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(page.dom(), "classpath:/md/itpp/persistence/document/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
