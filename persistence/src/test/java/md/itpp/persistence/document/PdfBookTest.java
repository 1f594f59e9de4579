package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;

/**
 * A document written in parts reads as one: PDF/A-2a and PDF/UA-1 by veraPDF, "page X of Y"
 * counted across the parts, every contents link and bookmark leading to the page of its
 * target in another part, one structure tree with a Part per rendered part, and no temporary
 * file left behind.
 */
class PdfBookTest {

    private static final String TEMPLATE = "md/itpp/persistence/monitoring/national-report.xhtml";
    private static final String TITLE = "A book in parts";
    private static final int SECTIONS = 10;
    private static final int PART_SIZE = 3;

    /** Laid out in the caller's thread, and by two threads of an executor while the caller joins. */
    @ParameterizedTest(name = "parts laid out by an executor: {0}")
    @ValueSource(booleans = {false, true})
    void aBookInPartsReadsAsOneDocument(boolean byExecutor) throws IOException {
        long filesBefore = bookFiles();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        byte[] bytes;
        try {
            bytes = book(byExecutor ? executor : PdfBook.IN_CALLER);
        } finally {
            executor.shutdown();
        }
        assertEquals(filesBefore, bookFiles(), "no file left in the temporary folder");

        List<String> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS; i++) {
            sections.add("Section " + i);
        }
        DocumentChecks.assertArchivalPdf(bytes, "en-GB", TITLE, "Page", "of", sections);
        DocumentChecks.assertPdfUa(bytes, TITLE);
        assertEquals(List.of(), DocumentChecks.veraPdfFailures(bytes, PDFAFlavour.PDFUA_1));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // Contents (first part) -> every section (later parts), by name.
            List<String> reached = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDActionGoTo go = assertInstanceOf(PDActionGoTo.class, link.getAction());
                    PDNamedDestination named = assertInstanceOf(PDNamedDestination.class, go.getDestination());
                    PDPageDestination destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
                    String heading = link.getContents();
                    String section = heading.substring("Section ".length());
                    String text = text(pdf, destination.retrievePageNumber());
                    assertTrue(text.contains(heading + " Paragraph 0 of section " + section),
                            heading + " begins on the page its link leads to: " + text);
                    reached.add(heading);
                }
            }
            assertEquals(sections, reached, "a link per section, in order");

            // Bookmarks, nested, each on the page of its heading.
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                assertOnItsPage(pdf, item);
                marks.add(item.getTitle());
                for (PDOutlineItem child : item.children()) {
                    assertOnItsPage(pdf, child);
                    marks.add(child.getTitle());
                }
            }
            assertEquals(SECTIONS * 2, marks.size(), "a bookmark per section and subsection");

            // One Document element, a Part per rendered part: contents, then SECTIONS / PART_SIZE rounded up.
            List<Object> top = pdf.getDocumentCatalog().getStructureTreeRoot().getKids();
            assertEquals(1, top.size());
            PDStructureElement document = (PDStructureElement) top.get(0);
            assertEquals("Document", document.getStructureType());
            int parts = 1 + (SECTIONS + PART_SIZE - 1) / PART_SIZE;
            assertEquals(parts, document.getKids().size());
            for (Object part : document.getKids()) {
                assertEquals("Part", ((PDStructureElement) part).getStructureType());
            }
            assertTrue(pdf.getNumberOfPages() > parts, "sections run over pages");
        }
    }

    /** Closed with parts still being laid out, too: it waits for them and lets them go. */
    @ParameterizedTest(name = "parts laid out by an executor: {0}")
    @ValueSource(booleans = {false, true})
    void aBookNotWrittenLeavesNoFileBehind(boolean byExecutor) {
        long filesBefore = bookFiles();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (PdfBook book = new PdfBook(PdfBookTest::part, "Page", "of", 1, byExecutor ? executor : PdfBook.IN_CALLER)) {
            for (int i = 0; i < 3; i++) {
                book.page().heading(1, "sec-" + i, "Section " + i);
                book.mayEndPart();
            }
        } finally {
            executor.shutdown();
        }
        assertEquals(filesBefore, bookFiles());
    }

    private static byte[] book(Executor executor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBook book = new PdfBook(PdfBookTest::part, "Page", "of", PART_SIZE, executor)) {
            HtmlPage page = book.page();
            Element toc = page.add(page.content(), "div", "toc", null);
            for (int i = 0; i < SECTIONS; i++) {
                page.link(page.add(toc, "p", "toc1", null), "sec-" + i, "Section " + i);
            }
            book.endPart();
            for (int i = 0; i < SECTIONS; i++) {
                page = book.page();
                page.heading(1, "sec-" + i, "Section " + i);
                PdfBook.Bookmark mark = book.bookmark(null, "Section " + i, "sec-" + i);
                for (int p = 0; p < 12; p++) {
                    page.add(page.content(), "p", null, "Paragraph " + p + " of section " + i
                            + ": text enough to fill a few lines of the page, so that a section runs over a page break. ".repeat(3));
                }
                page.heading(2, "sub-" + i, "Subsection " + i);
                book.bookmark(mark, "Subsection " + i, "sub-" + i);
                page.add(page.content(), "p", null, "The end of section " + i + ".");
                book.mayEndPart();
            }
            book.write(out);
        }
        return out.toByteArray();
    }

    private static HtmlPage part() {
        return HtmlPage.fromTemplate(TEMPLATE, TITLE, DocumentLanguage.EN)
                .slot("header-title", TITLE)
                .slot("footer-title", TITLE)
                .slot("footer-generated", "now")
                .description("A test of parts");
    }

    private static void assertOnItsPage(PDDocument pdf, PDOutlineItem item) throws IOException {
        PDPageDestination destination = assertInstanceOf(PDPageDestination.class, item.getDestination());
        PDPage page = destination.getPage();
        int index = pdf.getPages().indexOf(page);
        String title = item.getTitle();
        String text = text(pdf, index);
        // The heading, and not the contents' entry of the same words: the section's own text is there.
        String own = title.startsWith("Section") ? title + " Paragraph 0" : title + " The end of section";
        assertTrue(text.contains(own), title + " on the page its bookmark leads to: " + text);
    }

    private static String text(PDDocument pdf, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static long bookFiles() {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("itpp-book-")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
