package md.itpp.persistence.document;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes tagged PDFs, one after the other, as one PDF into a stream, holding in memory only the
 * part being copied and what spans the parts (the page list, the parent tree's entries, the
 * destinations, the cross-reference offsets): PDFBox's own merge keeps every object of the
 * joined document in memory until it saves, which for a document of thousands of pages did not
 * fit the server's heap.
 *
 * <p>A part is a document as laid out, in memory, never saved: which of its objects become
 * indirect objects is decided as PDFBox's own writer decides it, by {@link COSBase#isDirect()}
 * (a dictionary is indirect unless marked direct, an array direct unless marked otherwise, a
 * stream always indirect), which also breaks the cycles of the structure tree (an element's
 * parent and children name each other). Each part's objects are copied as they are (content
 * streams still compressed), numbered in the joined document;
 * its pages join one page tree; its structure tree becomes a {@code Part} of one
 * {@code Document} element, its parent-tree keys shifted past the earlier parts'. The first
 * part's catalogue entries (XMP metadata, output intent, language, viewer preferences, mark
 * information) and document information are the document's. Links name their targets
 * ({@code /D (id)}) and the joined document's name tree resolves them. Objects other than
 * streams are packed into compressed object streams, with a cross-reference stream (PDF 1.5,
 * allowed by PDF/A-2), as PDFBox itself saves.
 */
final class PdfJoin {

    private static final Set<COSName> OWN_CATALOGUE_ENTRIES = Set.of(COSName.TYPE, COSName.PAGES, COSName.STRUCT_TREE_ROOT,
            COSName.OUTLINES, COSName.NAMES, COSName.DESTS, COSName.OPEN_ACTION, COSName.ACRO_FORM);
    /** The file identifier (/ID) PDF/A asks for: random, as a new document's. */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Objects other than streams are packed into compressed object streams of this many (PDF 1.5). */
    private static final int PER_OBJECT_STREAM = 200;

    private final Counting out;
    /** Where {@link #value} writes: the file, or the object stream being filled. */
    private OutputStream sink;
    /** The object {@link #write} is writing at its top level, which is not a reference to itself. */
    private COSBase top;
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream();
    private final List<Integer> packedNumbers = new ArrayList<>();
    private final List<Integer> packedOffsets = new ArrayList<>();
    /** Per object number: its offset in the file, or the object stream it is in and its index there. */
    private long[] offsets = new long[1024];
    private int[] container = new int[1024];
    private int[] indexes = new int[1024];
    private int next;
    private final int catalogue;
    private final int pageTree;
    private final int structureRoot;
    private final int documentElement;
    private final List<Integer> pages = new ArrayList<>();
    private final List<Integer> parts = new ArrayList<>();
    private final Map<Integer, Integer> parentTree = new TreeMap<>();
    private final COSDictionary roleMap = new COSDictionary();
    private int parentTreeBase;
    private COSDictionary firstCatalogue;
    private int info = -1;

    /** Per part: the number each object copied was given, and the objects still to write. */
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();

    PdfJoin(OutputStream target) throws IOException {
        this.out = new Counting(new BufferedOutputStream(target, 1 << 16));
        this.sink = out;
        next = 1;
        catalogue = next++;
        pageTree = next++;
        structureRoot = next++;
        documentElement = next++;
        // PDF 1.7, and a comment of bytes over 127 so that transfer programs treat the file as binary.
        out.write("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    }

    /** The object number of the page at {@code index} (0-based) of the joined document. */
    int page(int index) {
        return pages.get(index);
    }

    /** Copies every page of {@code part}, its structure tree and, for the first part, the catalogue's entries. */
    void append(PDDocument part) throws IOException {
        numbers.clear();
        COSDictionary catalog = part.getDocumentCatalog().getCOSObject();
        COSDictionary partPages = catalog.getCOSDictionary(COSName.PAGES);
        mapPageTreeNodes(partPages);

        COSDictionary root = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        int base = parentTreeBase;
        if (root != null) {
            // The part's root becomes the joined Document element: its top elements' parents.
            numbers.put(root, documentElement);
            int nextKey = 0;
            for (var entry : numberTree(root.getCOSDictionary(COSName.PARENT_TREE)).entrySet()) {
                parentTree.put(base + entry.getKey(), number(entry.getValue()));
                nextKey = Math.max(nextKey, entry.getKey() + 1);
            }
            nextKey = Math.max(nextKey, root.getInt(COSName.PARENT_TREE_NEXT_KEY, 0));
            COSBase kids = root.getItem(COSName.K);
            for (COSBase kid : kids instanceof COSArray array ? array : List.of(kids == null ? COSNull.NULL : kids)) {
                COSBase element = kid instanceof COSObject o ? o.getObject() : kid;
                if (element instanceof COSDictionary dictionary) {
                    if (COSName.DOCUMENT.equals(dictionary.getCOSName(COSName.S))) {
                        dictionary.setItem(COSName.S, COSName.PART);
                    }
                    parts.add(number(element));
                }
            }
            COSDictionary roles = root.getCOSDictionary(COSName.ROLE_MAP);
            roleMap.setDirect(true);
            if (roles != null) {
                for (var role : roles.entrySet()) {
                    roleMap.setItem(role.getKey(), role.getValue());
                }
            }
            parentTreeBase += nextKey;
        }
        for (PDPage page : part.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            if (dictionary.containsKey(COSName.STRUCT_PARENTS)) {
                dictionary.setInt(COSName.STRUCT_PARENTS, base + dictionary.getInt(COSName.STRUCT_PARENTS));
            }
            COSArray annotations = dictionary.getCOSArray(COSName.ANNOTS);
            if (annotations != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation
                            && annotation.containsKey(COSName.STRUCT_PARENT)) {
                        annotation.setInt(COSName.STRUCT_PARENT, base + annotation.getInt(COSName.STRUCT_PARENT));
                    }
                }
            }
            pages.add(number(dictionary));
        }
        if (firstCatalogue == null) {
            firstCatalogue = new COSDictionary();
            for (var entry : catalog.entrySet()) {
                if (!OWN_CATALOGUE_ENTRIES.contains(entry.getKey())) {
                    firstCatalogue.setItem(entry.getKey(), numbered(entry.getValue()));
                }
            }
            COSBase information = part.getDocument().getTrailer().getDictionaryObject(COSName.INFO);
            if (information instanceof COSDictionary dictionary) {
                info = number(dictionary);
            }
        }
        drain();
    }

    /**
     * Ends the document: page tree, structure tree, the named destinations ({@code name ->
     * [page /XYZ left top null]}), the outline, the catalogue, and the cross-reference stream
     * with the trailer's entries. {@code outline} writes its objects with {@link #allocate()}
     * and {@link #write(int, COSBase)} and returns the outline's number, or -1 for none.
     */
    void finish(Map<String, Destination> destinations, Outline outline) throws IOException {
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.TYPE, COSName.PAGES);
        tree.setItem(COSName.KIDS, references(pages));
        tree.setInt(COSName.COUNT, pages.size());
        write(pageTree, tree);

        COSDictionary document = new COSDictionary();
        document.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
        document.setItem(COSName.S, COSName.DOCUMENT);
        document.setItem(COSName.P, reference(structureRoot));
        document.setItem(COSName.K, references(parts));
        write(documentElement, document);

        COSArray nums = new COSArray();
        for (var entry : parentTree.entrySet()) {
            nums.add(COSInteger.get(entry.getKey()));
            nums.add(reference(entry.getValue()));
        }
        COSDictionary numberTree = new COSDictionary();
        numberTree.setItem(COSName.NUMS, nums);
        int parentTreeNumber = allocate();
        write(parentTreeNumber, numberTree);
        COSDictionary structure = new COSDictionary();
        structure.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        structure.setItem(COSName.K, reference(documentElement));
        structure.setItem(COSName.PARENT_TREE, reference(parentTreeNumber));
        structure.setInt(COSName.PARENT_TREE_NEXT_KEY, parentTreeBase);
        if (roleMap.size() > 0) {
            structure.setItem(COSName.ROLE_MAP, roleMap);
        }
        write(structureRoot, structure);

        COSDictionary catalog = firstCatalogue == null ? new COSDictionary() : firstCatalogue;
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        catalog.setItem(COSName.PAGES, reference(pageTree));
        catalog.setItem(COSName.STRUCT_TREE_ROOT, reference(structureRoot));
        if (!destinations.isEmpty()) {
            COSArray names = new COSArray();
            for (var entry : new TreeMap<>(destinations).entrySet()) {
                names.add(new COSString(entry.getKey()));
                names.add(entry.getValue().array(this));
            }
            COSDictionary dests = new COSDictionary();
            dests.setItem(COSName.NAMES, names);
            int destsNumber = allocate();
            write(destsNumber, dests);
            COSDictionary nameDictionary = new COSDictionary();
            nameDictionary.setDirect(true);
            nameDictionary.setItem(COSName.DESTS, reference(destsNumber));
            catalog.setItem(COSName.NAMES, nameDictionary);
        }
        int outlineNumber = outline.write(this);
        if (outlineNumber > 0) {
            catalog.setItem(COSName.OUTLINES, reference(outlineNumber));
            catalog.setItem(COSName.PAGE_MODE, COSName.getPDFName("UseOutlines"));
        }
        write(catalogue, catalog);
        drain();

        flushPacked();

        // The cross-reference stream: per object, type 1 (offset in the file) or 2 (object stream, index).
        int xref = allocate();
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (OutputStream deflated = new BufferedOutputStream(new DeflaterOutputStream(table), 1 << 16)) {
            entry(deflated, 0, 0, 0xFFFF);
            for (int i = 1; i < next; i++) {
                if (container[i] > 0) {
                    entry(deflated, 2, container[i], indexes[i]);
                } else {
                    entry(deflated, 1, offsets[i], 0);
                }
            }
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.TYPE, COSName.XREF);
        trailer.setInt(COSName.SIZE, next);
        COSArray widths = new COSArray();
        widths.add(COSInteger.ONE);
        widths.add(COSInteger.get(4));
        widths.add(COSInteger.TWO);
        trailer.setItem(COSName.W, widths);
        trailer.setItem(COSName.ROOT, reference(catalogue));
        if (info > 0) {
            trailer.setItem(COSName.INFO, reference(info));
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        trailer.setItem(COSName.ID, ids);
        trailer.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        streamObject(xref, trailer, table.toByteArray());
        out.write(("startxref\n" + offsets[xref] + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Writes {@code object} as the object numbered {@code number}, and every object of the caller's it references. */
    void writeCopy(int number, COSBase object) throws IOException {
        numbers.put(object, number);
        write(number, object);
        drain();
    }

    /** Writes a stream of {@code data} (not encoded) as the object numbered {@code number}. */
    void writeStream(int number, byte[] data) throws IOException {
        streamObject(number, new COSDictionary(), data);
    }

    private static void entry(OutputStream table, int type, long field, int third) throws IOException {
        table.write(type);
        table.write((int) (field >>> 24));
        table.write((int) (field >>> 16));
        table.write((int) (field >>> 8));
        table.write((int) field);
        table.write(third >>> 8);
        table.write(third);
    }

    /** A new object number, for an object {@link #write(int, COSBase) written} by the caller. */
    int allocate() {
        ensureRoom(next);
        return next++;
    }

    /**
     * Writes {@code object} as the object numbered {@code number}: a stream into the file, any
     * other object into the object stream being filled. What it references by {@link #reference}
     * must be written too.
     */
    void write(int number, COSBase object) throws IOException {
        top = object;
        if (object instanceof COSStream stream) {
            byte[] data;
            try (InputStream in = stream.createRawInputStream()) {
                data = in.readAllBytes();
            }
            streamObject(number, stream, data);
            return;
        }
        packedNumbers.add(number);
        packedOffsets.add(packed.size());
        sink = packed;
        try {
            value(object);
            packed.write('\n');
        } finally {
            sink = out;
        }
        if (packedNumbers.size() >= PER_OBJECT_STREAM) {
            flushPacked();
        }
    }

    private void ensureRoom(int number) {
        if (number >= offsets.length) {
            int size = Math.max(number + 1, offsets.length * 2);
            offsets = Arrays.copyOf(offsets, size);
            container = Arrays.copyOf(container, size);
            indexes = Arrays.copyOf(indexes, size);
        }
    }

    /** Writes the objects packed so far as one compressed object stream. */
    private void flushPacked() throws IOException {
        if (packedNumbers.isEmpty()) {
            return;
        }
        int number = allocate();
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < packedNumbers.size(); i++) {
            header.append(packedNumbers.get(i)).append(' ').append(packedOffsets.get(i)).append(' ');
            container[packedNumbers.get(i)] = number;
            indexes[packedNumbers.get(i)] = i;
        }
        byte[] first = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(data)) {
            deflated.write(first);
            packed.writeTo(deflated);
        }
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OBJ_STM);
        dictionary.setInt(COSName.N, packedNumbers.size());
        dictionary.setInt(COSName.FIRST, first.length);
        dictionary.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        streamObject(number, dictionary, data.toByteArray());
        packed.reset();
        packedNumbers.clear();
        packedOffsets.clear();
    }

    /** A reference to the object numbered {@code number}, for a dictionary this class writes. */
    static COSBase reference(int number) {
        return new Reference(number);
    }

    private static COSArray references(List<Integer> numbers) {
        COSArray array = new COSArray();
        for (int number : numbers) {
            array.add(reference(number));
        }
        return array;
    }

    /** Pages' parents are the joined page tree: every node of the part's tree maps to it. */
    private void mapPageTreeNodes(COSDictionary node) {
        numbers.put(node, pageTree);
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid && COSName.PAGES.equals(kid.getCOSName(COSName.TYPE))) {
                    mapPageTreeNodes(kid);
                }
            }
        }
    }

    /** A number tree's entries, from its leaves, values as found (references or direct). */
    private static Map<Integer, COSBase> numberTree(COSDictionary node) {
        Map<Integer, COSBase> entries = new TreeMap<>();
        if (node == null) {
            return entries;
        }
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger key) {
                    entries.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    entries.putAll(numberTree(kid));
                }
            }
        }
        return entries;
    }

    /**
     * A copy of a direct value whose references name the copied objects' numbers, for a
     * dictionary written after the part (the catalogue): what it references is written with the part.
     */
    private COSBase numbered(COSBase value) {
        if (value instanceof COSObject || value instanceof COSStream || indirect(value)) {
            return reference(number(value));
        }
        if (value instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (int i = 0; i < array.size(); i++) {
                copy.add(numbered(array.get(i)));
            }
            return copy;
        }
        if (value instanceof COSDictionary dictionary) {
            COSDictionary copy = new COSDictionary();
            copy.setDirect(true);
            for (var entry : dictionary.entrySet()) {
                copy.setItem(entry.getKey(), numbered(entry.getValue()));
            }
            return copy;
        }
        return value;
    }

    /** Whether a dictionary or an array is an object of its own, as PDFBox writes it: not marked direct. */
    private static boolean indirect(COSBase value) {
        return (value instanceof COSDictionary || value instanceof COSArray) && !value.isDirect();
    }

    /** The number of a copied object, given it and queued to write if it is new. */
    private int number(COSBase value) {
        COSBase target = value instanceof COSObject o ? o.getObject() : value;
        if (target == null) {
            target = COSNull.NULL;
        }
        Integer number = numbers.get(target);
        if (number == null) {
            number = allocate();
            numbers.put(target, number);
            pending.add(target);
        }
        return number;
    }

    private void drain() throws IOException {
        while (!pending.isEmpty()) {
            COSBase object = pending.poll();
            write(numbers.get(object), object);
        }
    }

    /** Writes a stream object into the file: its dictionary with a direct /Length, then its data as given (still encoded). */
    private void streamObject(int number, COSDictionary dictionary, byte[] data) throws IOException {
        offsets[number] = out.count;
        top = dictionary;
        out.write((number + " 0 obj\n<<").getBytes(StandardCharsets.US_ASCII));
        for (var entry : dictionary.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey())) {
                entry.getKey().writePDF(out);
                out.write(' ');
                value(entry.getValue());
            }
        }
        out.write(("/Length " + data.length + ">>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    private void value(COSBase value) throws IOException {
        if (value instanceof Reference reference) {
            sink.write((reference.number + " 0 R").getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof COSObject || value instanceof COSStream || value != top && indirect(value)) {
            sink.write((number(value) + " 0 R").getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof COSDictionary dictionary) {
            top = null;
            sink.write("<<".getBytes(StandardCharsets.US_ASCII));
            for (var entry : dictionary.entrySet()) {
                entry.getKey().writePDF(sink);
                sink.write(' ');
                value(entry.getValue());
            }
            sink.write(">>".getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof COSArray array) {
            top = null;
            sink.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    sink.write(' ');
                }
                value(array.get(i));
            }
            sink.write(']');
        } else if (value instanceof COSName name) {
            name.writePDF(sink);
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, sink);
        } else if (value instanceof COSInteger integer) {
            integer.writePDF(sink);
        } else if (value instanceof COSFloat number) {
            number.writePDF(sink);
        } else if (value instanceof COSNumber number) {
            sink.write(String.valueOf(number.floatValue()).getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(sink);
        } else {
            sink.write("null".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A destination in the joined document: a page (0-based) and the height of the target's top. */
    record Destination(int page, float top) {
        COSArray array(PdfJoin join) {
            COSArray array = new COSArray();
            array.add(reference(join.page(page)));
            array.add(COSName.getPDFName("XYZ"));
            array.add(COSInteger.ZERO);
            array.add(new COSFloat(Math.round(top)));
            array.add(COSNull.NULL);
            return array;
        }
    }

    /** Writes the outline's objects and answers its number, or -1 when there is none. */
    interface Outline {
        int write(PdfJoin join) throws IOException;
    }

    /** A reference by number to an object this class writes. */
    private static final class Reference extends COSBase {
        private final int number;

        Reference(int number) {
            this.number = number;
        }

        @Override
        public void accept(org.apache.pdfbox.cos.ICOSVisitor visitor) {
            throw new UnsupportedOperationException("written by PdfJoin only");
        }
    }

    /** Counts the bytes written, for the cross-reference table. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
