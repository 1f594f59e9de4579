package md.itpp.persistence.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import java.awt.geom.Rectangle2D;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * How an {@link HtmlPage} is rendered as an archival, accessible PDF ({@link PdfBook} renders a
 * document a part at a time with it): PDF/A-2a (which includes 2b) and PDF/UA-1, both claimed in
 * the XMP metadata; tagged (a structure tree a screen reader follows, headings and table headers
 * marked as such), with the page's title (shown by viewers in place of the file name) and
 * language in the metadata, every link described and Liberation Sans embedded.
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

    /**
     * The renderer's set-up for an archival PDF of {@code page} laid out into {@code pdf}
     * (conformance, fonts, no outside resources). Each font is loaded into {@code pdf} when the
     * layout first uses it, and added to {@code loaded}: the caller subsets them (which saving
     * would do) before it copies the document's objects.
     */
    static PdfRendererBuilder builder(HtmlPage page, PDDocument pdf, List<PDFont> loaded) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(CONFORMANCE);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer("ITPP Workbench");
        builder.useFont(face(DocumentFonts.REGULAR, pdf, loaded), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(face(DocumentFonts.BOLD, pdf, loaded), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(face(DocumentFonts.ITALIC, pdf, loaded), FAMILY, 400, FontStyle.ITALIC, true);
        // The template needs nothing from outside: refuse every external resource.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(page.dom(), "classpath:/md/itpp/persistence/document/");
        return builder;
    }

    /** A face of the document's font, loaded into {@code pdf} (for subsetting) the first time the layout asks for it. */
    private static PDFontSupplier face(String resource, PDDocument pdf, List<PDFont> loaded) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try (InputStream in = DocumentFonts.forPdf(resource)) {
                        font = PDType0Font.load(pdf, in, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    loaded.add(font);
                }
                return font;
            }
        };
    }

    /**
     * PDF/UA wants every link to say where it leads in its {@code /Contents}, which the renderer
     * leaves out: each link gets the text it covers on the page (the contents' entry, say), or
     * the document's title where it covers none.
     */
    static void describeLinks(PDDocument pdf, String fallback) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                stripper.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String text = stripper.getTextForRegion("link" + i).replaceAll("\\s+", " ").strip();
                links.get(i).setContents(text.isEmpty() ? fallback : text);
            }
        }
    }

    /** The caller's stream, which the renderer and PDFBox may close when they are done: it stays open. */
    static final class KeptOpen extends java.io.FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
