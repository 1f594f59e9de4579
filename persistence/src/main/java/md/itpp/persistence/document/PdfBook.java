package md.itpp.persistence.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/**
 * A long archival PDF (as {@link ArchivalPdf} writes it) laid out part by part, so that its
 * memory does not grow with its length: the layout engine holds the whole document it lays out
 * as one tree of boxes, which for the national report of a full-size period or the programme of
 * 5,000 objectives did not fit the server's heap. Now the layout holds one part, and the joining
 * ({@link PdfJoin}) one part's objects.
 *
 * <p>The writer fills {@link #page()} as it would one {@link HtmlPage} and calls
 * {@link #mayEndPart()} after each unit (an objective, a table's rows) and {@link #endPart()}
 * where a part must end (after the contents, before the annex). Every part is rendered on its
 * own (a part starts on a new page) and its objects are copied, as laid out, into the joined
 * document in a temporary file; {@link #write(OutputStream)} ends that document, doing what
 * spans the parts, and copies it to the caller's stream:
 * <ul>
 * <li>the structure trees become one: a {@code Document} with a {@code Part} per rendered part,
 * the parent tree's keys renumbered, so the PDF stays tagged PDF/A-2a and PDF/UA-1;</li>
 * <li>links ({@link HtmlPage#link}) point across parts: each part is rendered with its internal
 * links as placeholders (and the position of every id noted), then every link goes to its
 * target by name, which the joined document resolves to the page and height laid out, and is
 * described by its own words;</li>
 * <li>the outline is built from {@link #bookmark} the same way;</li>
 * <li>"page X of Y" is written at the foot of every page (marked as an artifact for screen
 * readers), since each part counts only its own pages; the template's footer leaves that line
 * free. Y is known at the end only: each page's line is a small content stream of its own,
 * referenced as the part is copied and written when the book ends, in one font for the whole
 * document.</li>
 * </ul>
 * The temporary file is removed when the book is written or {@link #close() closed}. A part is
 * never saved and parsed back: that round trip (PDFBox compressing the part's objects, the join
 * parsing them again) was a third of a long document's time.
 */
public final class PdfBook implements AutoCloseable {

    /**
     * Units (objectives with their goals) laid out together: few enough to keep a part's layout
     * small (the national report of 1,400 reports is written in a 128 MB heap), enough to keep
     * the parts' overhead small (each embeds its own subset of the fonts and starts a new page).
     */
    public static final int PART_SIZE = 20;

    /** Lays a part out in the thread that ends it. */
    public static final Executor IN_CALLER = Runnable::run;
    /**
     * Parts laid out at once with an executor: two, for the server's two cores; more would hold
     * more parts in memory for no gain, the joining taking a core's share too.
     */
    private static final int LAID_OUT_AT_ONCE = 2;

    /** The scheme of a link's placeholder while its part is rendered on its own. */
    private static final String PLACEHOLDER = "itpp-part-link:";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Where the page number's line sits: its baseline above the page's bottom edge, in points (8 mm). */
    private static final float NUMBER_BASELINE = 22.7f;
    private static final float NUMBER_SIZE = 8f;
    /** The page numbers' font among each page's fonts: a name the renderer does not give. */
    private static final COSName NUMBER_FONT = COSName.getPDFName("ItppPageNumbers");

    private final Supplier<HtmlPage> template;
    private final String pageLabel;
    private final String ofLabel;
    private final int partSize;
    private final Executor executor;
    /** How many parts may be laid out, or waiting to be joined, at once. */
    private final int ahead;
    /** The parts handed to the executor, in order: each is joined when the ones before it are. */
    private final Deque<CompletableFuture<LaidOut>> laying = new ArrayDeque<>();
    /** The ids links point at, which the joined document names, with the links' words (their description). */
    private final Map<String, String> linked = new HashMap<>();
    /** Where each id was laid out, for the links and the outline. */
    private final Map<String, PdfJoin.Destination> targets = new HashMap<>();
    private final List<Bookmark> outline = new ArrayList<>();
    /** The footer line's stream of every page so far, written when the number of pages is known. */
    private final List<Footer> footers = new ArrayList<>();
    private HtmlPage page;
    private int units;
    private int pages;
    /** The joined document so far (created with the first part), and the stream it is written through. */
    private Path file;
    private OutputStream fileOut;
    private PdfJoin join;
    /** The page numbers' font, loaded once for the whole document, and the object numbers its line and resources use. */
    private PDDocument fontHolder;
    private PDFont numberFont;
    private int numberFontObject;
    private int saveStateObject;

    /**
     * @param template makes a part: the document's template with its title, language, header
     *                 and footer filled, and its content empty
     * @param pageLabel and {@code ofLabel}: the words of "page X of Y" in the document's language
     */
    public PdfBook(Supplier<HtmlPage> template, String pageLabel, String ofLabel) {
        this(template, pageLabel, ofLabel, IN_CALLER);
    }

    /**
     * A book whose parts are laid out by {@code executor} (the server's managed executor), one
     * while the caller fills the next and joins the one before: on two cores a long document
     * takes a little over half the time. The joining stays in the caller's thread, in order.
     */
    public PdfBook(Supplier<HtmlPage> template, String pageLabel, String ofLabel, Executor executor) {
        this(template, pageLabel, ofLabel, PART_SIZE, executor);
    }

    PdfBook(Supplier<HtmlPage> template, String pageLabel, String ofLabel, int partSize, Executor executor) {
        this.template = template;
        this.pageLabel = pageLabel;
        this.ofLabel = ofLabel;
        this.partSize = partSize;
        this.executor = executor;
        this.ahead = executor == IN_CALLER ? 1 : LAID_OUT_AT_ONCE;
        this.page = template.get();
    }

    /** The part being filled. It changes when a part ends: ask for it again after {@link #mayEndPart()}. */
    public HtmlPage page() {
        return page;
    }

    /** Counts one unit; when the part holds {@link #PART_SIZE} of them, it is rendered and a new part begins. */
    public void mayEndPart() {
        if (++units >= partSize) {
            endPart();
        }
    }

    /** Renders the part filled so far, if it holds anything, and adds it to the joined document; the next content begins a new page. */
    public void endPart() {
        if (!page.content().hasChildNodes()) {
            return;
        }
        HtmlPage part = page;
        placeholders(part);
        laying.add(CompletableFuture.supplyAsync(() -> layOut(part), executor));
        page = template.get();
        units = 0;
        while (laying.size() >= ahead) {
            joinNext();
        }
    }

    /** An outline entry pointing at the element with {@code targetId} (in any part); {@code parent} null for the top level. */
    public Bookmark bookmark(Bookmark parent, String label, String targetId) {
        Bookmark bookmark = new Bookmark(label, targetId);
        (parent == null ? outline : parent.children).add(bookmark);
        return bookmark;
    }

    /**
     * A long table laid out {@code rowsPerPart} rows a part, its header row on every page: each
     * part of it ends the part it is in, so what follows begins on a new page. At least one part,
     * so a table without rows still shows its header. {@code container} gives, in each part's
     * page, the element the table goes into; it is told whether the part is the table's first.
     */
    public void table(int rowsPerPart, String cssClass, int[] widths, List<String> headers, List<List<String>> rows,
                      BiFunction<HtmlPage, Boolean, Element> container) {
        for (int from = 0; from == 0 || from < rows.size(); from += rowsPerPart) {
            page.table(container.apply(page, from == 0), cssClass, widths, headers,
                    rows.subList(from, Math.min(rows.size(), from + rowsPerPart)));
            endPart();
        }
    }

    /** Renders the last part and writes the whole document to {@code out}, which stays open. */
    public void write(OutputStream out) {
        endPart();
        while (!laying.isEmpty()) {
            joinNext();
        }
        try {
            open();
            writeFooters();
            Map<String, PdfJoin.Destination> destinations = new HashMap<>(targets);
            destinations.keySet().retainAll(linked.keySet());
            join.finish(destinations, this::writeOutline);
            fileOut.close();
            fileOut = null;
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    /** Removes the temporary file, lets the page numbers' font go and any part still being laid out. */
    @Override
    public void close() {
        while (!laying.isEmpty()) {
            try (PDDocument pdf = laying.removeFirst().join().pdf()) {
                // Laid out for a book that is not written.
            } catch (IOException | RuntimeException e) {
                // The book failed already; this part is not wanted.
            }
        }
        try {
            if (fileOut != null) {
                fileOut.close();
            }
        } catch (IOException e) {
            // The file is removed below either way.
        }
        fileOut = null;
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind is the operating system's to clean.
        }
        file = null;
        try {
            if (fontHolder != null) {
                fontHolder.close();
            }
        } catch (IOException e) {
            // Nothing was written from it that could be lost.
        }
        fontHolder = null;
    }

    /** The joined document's file and writer, and the page numbers' font, created with the first part. */
    private void open() throws IOException {
        if (join != null) {
            return;
        }
        file = Files.createTempFile("itpp-book-", ".pdf");
        fileOut = Files.newOutputStream(file);
        join = new PdfJoin(fileOut);
        fontHolder = new PDDocument();
        try (InputStream in = DocumentFonts.forPdf(DocumentFonts.REGULAR)) {
            numberFont = PDType0Font.load(fontHolder, in, true);
        }
        numberFontObject = join.allocate();
        saveStateObject = join.allocate();
        // What the page drew is enclosed in q ... Q, so the footer line starts from the page's own state.
        join.writeStream(saveStateObject, "q\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Links within the document become placeholders while the part is laid out on its own; their words are noted. */
    private void placeholders(HtmlPage part) {
        NodeList links = part.dom().getElementsByTagNameNS(XHTML, "a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String href = link.getAttribute("href");
            if (href.startsWith("#")) {
                String title = link.getAttribute("title");
                linked.putIfAbsent(href.substring(1), title.isBlank() ? link.getTextContent().strip() : title);
                link.setAttribute("href", PLACEHOLDER + href.substring(1));
            }
        }
    }

    /**
     * Lays a part out into a document of its own, its fonts subset (to the glyphs its text used,
     * as saving would), and notes where each id is. Runs in the executor's thread: it touches
     * the part and nothing of the book's.
     */
    private static LaidOut layOut(HtmlPage part) {
        List<PDFont> fonts = new ArrayList<>();
        PDDocument pdf = new PDDocument();
        try (PdfBoxRenderer renderer = ArchivalPdf.builder(part, pdf, fonts).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            List<Position> positions = new ArrayList<>();
            // Every id of this part's layout (the renderer's map is the part's own).
            for (var position : renderer.findPagePositionsByID(Pattern.compile("."))) {
                positions.add(new Position(position.getId(), position.getPageNo(), position.getY() + position.getHeight()));
            }
            for (PDFont font : fonts) {
                font.subset();
            }
            return new LaidOut(part.title(), pdf, positions);
        } catch (IOException | RuntimeException e) {
            try {
                pdf.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Copies the oldest part laid out into the joined document, once it is laid out. */
    private void joinNext() {
        LaidOut part;
        try {
            part = laying.removeFirst().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
        try (PDDocument pdf = part.pdf()) {
            open();
            for (Position position : part.positions()) {
                targets.putIfAbsent(position.id(), new PdfJoin.Destination(pages + position.page(), position.top()));
            }
            nameLinks(pdf);
            ArchivalPdf.describeLinks(pdf, part.title()); // any link without words of its own
            footers(pdf);
            join.append(pdf);
            pages += pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every placeholder link goes to its target by name, which the joined document's name tree
     * resolves, and is described (PDF/UA) by its own words, as the page gave them.
     */
    private void nameLinks(PDDocument pdf) throws IOException {
        for (PDPage p : pdf.getPages()) {
            for (PDAnnotation annotation : p.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PLACEHOLDER)) {
                    String id = uri.getURI().substring(PLACEHOLDER.length());
                    PDActionGoTo goTo = new PDActionGoTo();
                    goTo.setDestination(new PDNamedDestination(id));
                    link.setAction(goTo);
                    String words = linked.get(id);
                    link.setContents(words == null || words.isBlank() ? null : words);
                }
            }
        }
    }

    /** The outline's items, written into the joined document: areas and objectives closed, their children one click away. */
    private int writeOutline(PdfJoin join) throws IOException {
        if (outline.isEmpty()) {
            return -1;
        }
        int root = join.allocate();
        int[] ends = items(join, outline, root);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTLINES);
        dictionary.setItem(COSName.FIRST, PdfJoin.reference(ends[0]));
        dictionary.setItem(COSName.LAST, PdfJoin.reference(ends[1]));
        dictionary.setInt(COSName.COUNT, outline.size());
        join.write(root, dictionary);
        return root;
    }

    /** Writes the items of one level; answers the first's and the last's numbers. */
    private int[] items(PdfJoin join, List<Bookmark> level, int parent) throws IOException {
        int[] numbers = new int[level.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = join.allocate();
        }
        for (int i = 0; i < numbers.length; i++) {
            Bookmark bookmark = level.get(i);
            COSDictionary item = new COSDictionary();
            item.setItem(COSName.TITLE, new COSString(bookmark.label));
            item.setItem(COSName.PARENT, PdfJoin.reference(parent));
            if (i > 0) {
                item.setItem(COSName.PREV, PdfJoin.reference(numbers[i - 1]));
            }
            if (i + 1 < numbers.length) {
                item.setItem(COSName.NEXT, PdfJoin.reference(numbers[i + 1]));
            }
            item.setItem(COSName.DEST, target(bookmark.targetId).array(join));
            if (!bookmark.children.isEmpty()) {
                int[] ends = items(join, bookmark.children, numbers[i]);
                item.setItem(COSName.FIRST, PdfJoin.reference(ends[0]));
                item.setItem(COSName.LAST, PdfJoin.reference(ends[1]));
                item.setInt(COSName.COUNT, -bookmark.children.size());
            }
            join.write(numbers[i], item);
        }
        return new int[] {numbers[0], numbers[numbers.length - 1]};
    }

    private PdfJoin.Destination target(String id) {
        PdfJoin.Destination target = targets.get(id);
        if (target == null) {
            throw new IllegalStateException("Nothing laid out with id " + id);
        }
        return target;
    }

    /**
     * Gives every page of the part a footer line to come: a content stream after the page's own
     * (which is enclosed in q ... Q first), written by {@link #writeFooters()}, and the page
     * numbers' font among the page's fonts.
     */
    private void footers(PDDocument pdf) {
        for (PDPage p : pdf.getPages()) {
            COSDictionary dictionary = p.getCOSObject();
            COSBase contents = dictionary.getDictionaryObject(COSName.CONTENTS);
            COSArray array = new COSArray();
            array.add(PdfJoin.reference(saveStateObject));
            if (contents instanceof COSArray streams) {
                for (int i = 0; i < streams.size(); i++) {
                    array.add(streams.get(i));
                }
            } else if (contents != null) {
                array.add(contents);
            }
            int footer = join.allocate();
            array.add(PdfJoin.reference(footer));
            dictionary.setItem(COSName.CONTENTS, array);
            COSDictionary resources = dictionary.getCOSDictionary(COSName.RESOURCES);
            if (resources == null) {
                resources = new COSDictionary();
                dictionary.setItem(COSName.RESOURCES, resources);
            }
            COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                fonts = new COSDictionary();
                fonts.setDirect(true);
                resources.setItem(COSName.FONT, fonts);
            }
            fonts.setItem(NUMBER_FONT, PdfJoin.reference(numberFontObject));
            footers.add(new Footer(footer, p.getMediaBox().getWidth()));
        }
    }

    /**
     * "page X of Y" centred at the foot of every page, as an artifact (not part of the text a
     * screen reader reads), now that Y is known; then the font, subset to the glyphs the lines use.
     */
    private void writeFooters() throws IOException {
        int count = footers.size();
        for (int i = 0; i < count; i++) {
            Footer footer = footers.get(i);
            String line = pageLabel + " " + (i + 1) + " " + ofLabel + " " + count;
            for (int offset = 0; offset < line.length(); offset += Character.charCount(line.codePointAt(offset))) {
                numberFont.addToSubset(line.codePointAt(offset));
            }
            float x = (footer.pageWidth() - numberFont.getStringWidth(line) / 1000 * NUMBER_SIZE) / 2;
            ByteArrayOutputStream content = new ByteArrayOutputStream(128);
            content.write(String.format(Locale.ROOT, "Q\n/Artifact BMC\nBT\n/%s %s Tf\n0.2 0.2 0.2 rg\n%.2f %.2f Td\n",
                    NUMBER_FONT.getName(), NUMBER_SIZE, x, NUMBER_BASELINE).getBytes(StandardCharsets.US_ASCII));
            COSWriter.writeString(numberFont.encode(line), content);
            content.write(" Tj\nET\nEMC\n".getBytes(StandardCharsets.US_ASCII));
            join.writeStream(footer.stream(), content.toByteArray());
        }
        footers.clear();
        if (count == 0) {
            join.writeCopy(numberFontObject, COSNull.NULL); // no page, no line: the number stays taken
            return;
        }
        numberFont.subset();
        join.writeCopy(numberFontObject, numberFont.getCOSObject());
    }

    /** An entry of the outline, by the id of what it points at. */
    public static final class Bookmark {
        private final String label;
        private final String targetId;
        private final List<Bookmark> children = new ArrayList<>();

        private Bookmark(String label, String targetId) {
            this.label = label;
            this.targetId = targetId;
        }
    }

    /** A part laid out, not yet joined: its document, and where its ids are (its own page, 0-based, and the top's height). */
    private record LaidOut(String title, PDDocument pdf, List<Position> positions) {
    }

    private record Position(String id, int page, float top) {
    }

    /** A page's footer line to write: its content stream's object number and the page's width. */
    private record Footer(int stream, float pageWidth) {
    }
}
