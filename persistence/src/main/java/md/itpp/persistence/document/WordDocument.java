package md.itpp.persistence.document;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document on the Workbench's styled template ({@code word-styles.xml}). What it adds
 * to POI's blank document:
 * <ul>
 * <li>the styles: Title, Subtitle, Heading 1-3 (with outline levels, so Word's navigation pane
 * and the contents field find them), toc 1-3, Label, Note, header, footer, Table Text and the
 * table style "ITPP Table" (borders, shaded bold first row);</li>
 * <li>the language: the document's default and every run written are tagged with the
 * document's language ({@code ro-RO} or {@code en-GB}), or a run's own where it differs;</li>
 * <li>a header with the title and a footer with the title, a line such as the generation time
 * and "page X of Y" as PAGE and NUMPAGES fields;</li>
 * <li>a table-of-contents field over Heading 1-3 that Word updates when the file is opened
 * ({@code w:updateFields}); until then, and in programs that do not update fields, it shows the
 * entries the writer gives it;</li>
 * <li>A4, portrait or landscape, and sections of the other orientation where a wide table
 * needs it ({@link #section(boolean)}).</li>
 * </ul>
 *
 * <p>Only the package's small parts are made with POI (styles, settings, properties, header,
 * footer, relationships); the body is written with StAX straight into the ZIP entry
 * {@code word/document.xml} as the writer calls, so memory stays flat however long the document
 * (POI's XWPF held the whole body as an XML tree: 13.7 s and most of a 512 MB heap for the
 * national report of 1,400 progress reports; the programme document of 5,000 objectives ran out
 * of it). The first bytes go out when the document is created, so the writer reads everything
 * it might fail on first; {@link #finish()} ends the package.
 */
public final class WordDocument implements AutoCloseable {

    static final String STYLES = "md/itpp/persistence/document/word-styles.xml";
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String BODY_PART = "word/document.xml";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** The package's other parts; its body stays empty. */
    private final XWPFDocument docx = new XWPFDocument();
    private final DocumentLanguage language;
    private final String title;
    private final String headerId;
    private final String footerId;
    private final ByteArrayOutputStream buffer;
    private final ZipOutputStream zip;
    private final BufferedOutputStream bodyBuffer;
    private final XMLStreamWriter xml;
    private boolean landscape;
    private boolean finished;
    /** The width between the margins of the current section, in twentieths of a point. */
    private int textWidth;

    /**
     * A new document in {@code language}, with {@code title} in its properties, header and footer,
     * and {@code footerLine} (e.g. "Generated: 2026-03-12 12:00 UTC") in the footer before
     * "{@code pageLabel} X {@code ofLabel} Y", kept in memory for {@link #toBytes()}.
     */
    public WordDocument(DocumentLanguage language, String title, String footerLine, String pageLabel, String ofLabel,
                        boolean landscape) {
        this(null, language, title, footerLine, pageLabel, ofLabel, landscape);
    }

    /** The same written to {@code out} as it is made (which stays open); {@link #finish()} ends it. */
    public WordDocument(OutputStream out, DocumentLanguage language, String title, String footerLine, String pageLabel,
                        String ofLabel, boolean landscape) {
        this.language = language;
        this.title = title;
        styles();
        docx.getProperties().getCoreProperties().setTitle(title);
        docx.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language.tag());
        docx.getProperties().getCoreProperties().setCreator("ITPP Workbench");
        docx.getSettings().setUpdateFields();
        XWPFHeader header = header();
        XWPFFooter footer = footer(footerLine, pageLabel, ofLabel);
        headerId = docx.getRelationId(header);
        footerId = docx.getRelationId(footer);
        page(landscape);
        buffer = out == null ? new ByteArrayOutputStream() : null;
        zip = new ZipOutputStream(new BufferedOutputStream(new ArchivalPdf.KeptOpen(out == null ? buffer : out), 1 << 16));
        try {
            copyParts();
            zip.putNextEntry(new ZipEntry(BODY_PART));
            // The XML writer writes a few bytes at a time: unbuffered, the deflater ran on each.
            bodyBuffer = new BufferedOutputStream(new ArchivalPdf.KeptOpen(zip), 1 << 16);
            xml = XML.createXMLStreamWriter(bodyBuffer, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("w", W);
            xml.setPrefix("r", R);
            xml.writeStartElement(W, "document");
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
            xml.writeStartElement(W, "body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every part of POI's package but the body, copied as POI wrote them. */
    private void copyParts() throws IOException {
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        docx.write(skeleton);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!BODY_PART.equals(entry.getName())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private void styles() {
        try (InputStream in = WordDocument.class.getClassLoader().getResourceAsStream(STYLES)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Template missing from the class path: " + STYLES));
            }
            CTStyles styles = StylesDocument.Factory.parse(in).getStyles();
            XWPFStyles target = docx.createStyles();
            target.setStyles(styles);
            target.setSpellingLanguage(language.tag());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("Word styles not readable: " + STYLES, e);
        }
    }

    private XWPFHeader header() {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setStyle("Header");
        text(paragraph, title);
        return header;
    }

    private XWPFFooter footer(String line, String pageLabel, String ofLabel) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle("Footer");
        text(paragraph, title + (line == null || line.isBlank() ? "" : " · " + line) + " · " + pageLabel + " ");
        field(paragraph, "PAGE", "1");
        text(paragraph, " " + ofLabel + " ");
        field(paragraph, "NUMPAGES", "1");
        return footer;
    }

    /** A complex field (begin, instruction, separate, cached result, end) in one paragraph. */
    private void field(XWPFParagraph paragraph, String instruction, String cached) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(paragraph, cached);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A run of the header or footer, in the document's language. */
    private void text(XWPFParagraph paragraph, String value) {
        XWPFRun run = paragraph.createRun();
        run.setLang(language.tag());
        run.setText(value);
    }

    private void page(boolean landscape) {
        this.landscape = landscape;
        textWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    /** The current section's properties: header, footer, A4 the right way round, margins. */
    private void sectionProperties() throws XMLStreamException {
        xml.writeStartElement(W, "sectPr");
        reference("headerReference", headerId);
        reference("footerReference", footerId);
        xml.writeEmptyElement(W, "pgSz");
        xml.writeAttribute(W, "orient", landscape ? "landscape" : "portrait");
        xml.writeAttribute(W, "w", String.valueOf(landscape ? A4_LONG : A4_SHORT));
        xml.writeAttribute(W, "h", String.valueOf(landscape ? A4_SHORT : A4_LONG));
        xml.writeEmptyElement(W, "pgMar");
        for (String side : new String[] {"top", "bottom", "left", "right"}) {
            xml.writeAttribute(W, side, String.valueOf(MARGIN));
        }
        xml.writeAttribute(W, "header", "567");
        xml.writeAttribute(W, "footer", "567");
        xml.writeEndElement();
    }

    private void reference(String element, String id) throws XMLStreamException {
        xml.writeEmptyElement(W, element);
        xml.writeAttribute(W, "type", "default");
        xml.writeAttribute(R, "id", id);
    }

    /**
     * Ends the current section and starts the next on a new page, A4 portrait or landscape (a
     * wide table's annex, say): the section ended keeps its page set-up in a section break
     * ({@code w:pPr/w:sectPr}), the new one takes the document's ({@code w:body/w:sectPr}) with
     * the same header and footer. Tables written after it span the new section's width.
     */
    public void section(boolean landscape) {
        write(() -> {
            xml.writeStartElement(W, "p");
            xml.writeStartElement(W, "pPr");
            sectionProperties();
            xml.writeEndElement();
            xml.writeEndElement();
        });
        page(landscape);
    }

    public DocumentLanguage language() {
        return language;
    }

    /** A paragraph in {@code style} holding {@code value} (line breaks kept), in the document's language. */
    public void paragraph(String style, String value) {
        paragraph(style, value, null);
    }

    /** The same, with the text tagged with {@code own} where it is not in the document's language. */
    public void paragraph(String style, String value, DocumentLanguage own) {
        write(() -> {
            startParagraph(style);
            run(value, own, false);
            xml.writeEndElement();
        });
    }

    public void title(String value) {
        paragraph("Title", value);
    }

    /** A heading at level 1-3 (styles Heading1-3, which the contents field collects). */
    public void heading(int level, String value) {
        paragraph("Heading" + Math.max(1, Math.min(level, 3)), value);
    }

    /** A heading in two languages, one per line, each line tagged with its own. */
    public void heading(int level, String first, DocumentLanguage firstLanguage, String second,
                        DocumentLanguage secondLanguage) {
        write(() -> {
            startParagraph("Heading" + Math.max(1, Math.min(level, 3)));
            run(first, firstLanguage, false);
            xml.writeStartElement(W, "r");
            xml.writeEmptyElement(W, "br");
            xml.writeEndElement();
            run(second, secondLanguage, false);
            xml.writeEndElement();
        });
    }

    public void pageBreak() {
        write(() -> {
            xml.writeStartElement(W, "p");
            xml.writeStartElement(W, "r");
            xml.writeEmptyElement(W, "br");
            xml.writeAttribute(W, "type", "page");
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /**
     * The contents: a heading (style TOC Heading, not itself listed) and a TOC field over Heading
     * 1-3 with hyperlinks; {@code entries} are shown until the field is updated.
     */
    public void tableOfContents(String heading, List<TocEntry> entries) {
        paragraph("TOCHeading", heading);
        write(() -> {
            if (entries.isEmpty()) {
                startParagraph("TOC1");
                tocStart();
                fieldChar("end");
                xml.writeEndElement();
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                TocEntry entry = entries.get(i);
                startParagraph("TOC" + Math.max(1, Math.min(entry.level(), 3)));
                if (i == 0) {
                    tocStart();
                }
                run(entry.text(), null, false);
                if (i == entries.size() - 1) {
                    fieldChar("end");
                }
                xml.writeEndElement();
            }
        });
    }

    private void tocStart() throws XMLStreamException {
        fieldChar("begin");
        xml.writeStartElement(W, "r");
        xml.writeStartElement(W, "instrText");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(" " + TOC_INSTRUCTION + " ");
        xml.writeEndElement();
        xml.writeEndElement();
        fieldChar("separate");
    }

    private void fieldChar(String type) throws XMLStreamException {
        xml.writeStartElement(W, "r");
        xml.writeEmptyElement(W, "fldChar");
        xml.writeAttribute(W, "fldCharType", type);
        xml.writeEndElement();
    }

    static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    /** One line of the contents as shown before the field is updated. */
    public record TocEntry(int level, String text) {
    }

    /**
     * A table in the style "ITPP Table" across the text width: the header row repeats on every
     * page and is not split; {@code widths} are relative column widths (null: equal).
     */
    public void table(List<String> headers, List<List<String>> rows, int[] widths) {
        table(headers, rows, widths, null);
    }

    /**
     * The same, with headings written one language per line: line i of each heading is tagged
     * {@code headingLanguages[i]} (e.g. Romanian above English).
     */
    public void table(List<String> headers, List<List<String>> rows, int[] widths, DocumentLanguage[] headingLanguages) {
        write(() -> {
            xml.writeStartElement(W, "tbl");
            xml.writeStartElement(W, "tblPr");
            value("tblStyle", "ItppTable");
            xml.writeEmptyElement(W, "tblW");
            xml.writeAttribute(W, "w", "5000");
            xml.writeAttribute(W, "type", "pct");
            xml.writeStartElement(W, "tblBorders");
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                value(side, "single");
            }
            xml.writeEndElement();
            value("tblLook", "0420");
            xml.writeEndElement();
            xml.writeStartElement(W, "tblGrid");
            for (int c = 0; c < headers.size(); c++) {
                xml.writeEmptyElement(W, "gridCol");
                xml.writeAttribute(W, "w", String.valueOf(twips(widths, c, headers.size())));
            }
            xml.writeEndElement();
            row(headers, widths, headingLanguages == null ? new DocumentLanguage[0] : headingLanguages);
            for (List<String> row : rows) {
                row(row, widths, null);
            }
            xml.writeEndElement();
            // An empty paragraph after the table keeps the next table or heading apart.
            startParagraph("TableText");
            xml.writeEndElement();
        });
    }

    /** A column's width in twentieths of a point: its share of the text width. */
    private int twips(int[] widths, int column, int columns) {
        return widths == null ? textWidth / columns : textWidth * widths[column] / java.util.Arrays.stream(widths).sum();
    }

    /** A row; {@code headingLanguages} non-null makes it the (bold, repeated) heading row. */
    private void row(List<String> values, int[] widths, DocumentLanguage[] headingLanguages) throws XMLStreamException {
        boolean heading = headingLanguages != null;
        xml.writeStartElement(W, "tr");
        xml.writeStartElement(W, "trPr");
        if (heading) {
            value("tblHeader", "on");
        }
        value("cantSplit", "on");
        xml.writeEndElement();
        for (int c = 0; c < values.size(); c++) {
            xml.writeStartElement(W, "tc");
            xml.writeStartElement(W, "tcPr");
            xml.writeEmptyElement(W, "tcW");
            xml.writeAttribute(W, "w", String.valueOf(twips(widths, c, values.size())));
            xml.writeAttribute(W, "type", "dxa");
            xml.writeEndElement();
            startParagraph("TableText");
            if (!heading) {
                run(values.get(c), null, false);
            } else {
                String[] lines = (values.get(c) == null ? "" : values.get(c)).split("\n", -1);
                for (int l = 0; l < lines.length; l++) {
                    if (l > 0) {
                        xml.writeStartElement(W, "r");
                        xml.writeEmptyElement(W, "br");
                        xml.writeEndElement();
                    }
                    run(lines[l], l < headingLanguages.length ? headingLanguages[l] : null, true);
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Opens {@code <w:p>} with its style; the caller closes it. */
    private void startParagraph(String style) throws XMLStreamException {
        xml.writeStartElement(W, "p");
        xml.writeStartElement(W, "pPr");
        value("pStyle", style);
        xml.writeEndElement();
    }

    private void value(String element, String value) throws XMLStreamException {
        xml.writeEmptyElement(W, element);
        xml.writeAttribute(W, "val", value);
    }

    /** Writes {@code value} as one run, line breaks kept, tagged with its language, bold where asked. */
    private void run(String value, DocumentLanguage own, boolean bold) throws XMLStreamException {
        xml.writeStartElement(W, "r");
        xml.writeStartElement(W, "rPr");
        if (bold) {
            value("b", "on");
        }
        value("lang", (own == null ? language : own).tag());
        xml.writeEndElement();
        String[] lines = (value == null ? "" : value).split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                xml.writeEmptyElement(W, "br");
            }
            String line = xmlText(lines[l]);
            xml.writeStartElement(W, "t");
            if (!line.equals(line.strip())) {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            }
            xml.writeCharacters(line);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot hold (control characters a paste may bring). */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                allowed = paired;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    @FunctionalInterface
    private interface Xml {
        void write() throws XMLStreamException;
    }

    private void write(Xml part) {
        if (finished) {
            throw new IllegalStateException("The document is finished");
        }
        try {
            part.write();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the body with the last section's properties and the package; the stream stays open. */
    public void finish() {
        write(() -> {
            sectionProperties();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        finished = true;
        try {
            bodyBuffer.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as DOCX bytes (a document made without a stream). */
    public byte[] toBytes() {
        if (buffer == null) {
            throw new IllegalStateException("The document was written to its stream");
        }
        if (!finished) {
            finish();
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        try {
            docx.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
