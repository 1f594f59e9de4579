package md.itpp.persistence.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
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
 */
public final class WordDocument implements AutoCloseable {

    static final String STYLES = "md/itpp/persistence/document/word-styles.xml";
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;

    private final XWPFDocument docx = new XWPFDocument();
    private final DocumentLanguage language;
    private final String title;
    /** The width between the margins of the current section, in twentieths of a point. */
    private int textWidth;

    /**
     * A new document in {@code language}, with {@code title} in its properties, header and footer,
     * and {@code footerLine} (e.g. "Generated: 2026-03-12 12:00 UTC") in the footer before
     * "{@code pageLabel} X {@code ofLabel} Y".
     */
    public WordDocument(DocumentLanguage language, String title, String footerLine, String pageLabel, String ofLabel,
                        boolean landscape) {
        this.language = language;
        this.title = title;
        styles();
        docx.getProperties().getCoreProperties().setTitle(title);
        docx.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language.tag());
        docx.getProperties().getCoreProperties().setCreator("ITPP Workbench");
        docx.getSettings().setUpdateFields();
        page(landscape);
        header();
        footer(footerLine, pageLabel, ofLabel);
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

    private CTSectPr section() {
        var body = docx.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /**
     * Ends the current section and starts the next on a new page, A4 portrait or landscape (a
     * wide table's annex, say): the section ended keeps its page set-up in a section break
     * ({@code w:pPr/w:sectPr}), the new one takes the document's ({@code w:body/w:sectPr}) with
     * the same header and footer. Tables written after it span the new section's width.
     */
    public void section(boolean landscape) {
        XWPFParagraph end = docx.createParagraph();
        var properties = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        properties.setSectPr((CTSectPr) section().copy());
        page(landscape);
    }

    private void page(boolean landscape) {
        textWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
        CTSectPr section = section();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private void header() {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setStyle("Header");
        text(paragraph, title, null);
    }

    private void footer(String line, String pageLabel, String ofLabel) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle("Footer");
        text(paragraph, title + (line == null || line.isBlank() ? "" : " · " + line) + " · " + pageLabel + " ", null);
        field(paragraph, "PAGE", "1");
        text(paragraph, " " + ofLabel + " ", null);
        field(paragraph, "NUMPAGES", "1");
    }

    /** A complex field (begin, instruction, separate, cached result, end) in one paragraph. */
    private void field(XWPFParagraph paragraph, String instruction, String cached) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        instruction(paragraph, instruction);
        fieldChar(paragraph, STFldCharType.SEPARATE);
        text(paragraph, cached, null);
        fieldChar(paragraph, STFldCharType.END);
    }

    private void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private void instruction(XWPFParagraph paragraph, String instruction) {
        var text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    public DocumentLanguage language() {
        return language;
    }

    /** A paragraph in {@code style} holding {@code value} (line breaks kept), in the document's language. */
    public XWPFParagraph paragraph(String style, String value) {
        return paragraph(style, value, null);
    }

    /** The same, with the text tagged with {@code own} where it is not in the document's language. */
    public XWPFParagraph paragraph(String style, String value, DocumentLanguage own) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        text(paragraph, value, own);
        return paragraph;
    }

    public XWPFParagraph title(String value) {
        return paragraph("Title", value);
    }

    /** A heading at level 1-3 (styles Heading1-3, which the contents field collects). */
    public XWPFParagraph heading(int level, String value) {
        return paragraph("Heading" + Math.max(1, Math.min(level, 3)), value);
    }

    /** A heading in two languages, one per line, each line tagged with its own. */
    public XWPFParagraph heading(int level, String first, DocumentLanguage firstLanguage, String second,
                                 DocumentLanguage secondLanguage) {
        XWPFParagraph paragraph = paragraph("Heading" + Math.max(1, Math.min(level, 3)), first, firstLanguage);
        paragraph.createRun().addBreak();
        text(paragraph, second, secondLanguage);
        return paragraph;
    }

    public void pageBreak() {
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /**
     * The contents: a heading (style TOC Heading, not itself listed) and a TOC field over Heading
     * 1-3 with hyperlinks; {@code entries} are shown until the field is updated.
     */
    public void tableOfContents(String heading, List<TocEntry> entries) {
        paragraph("TOCHeading", heading);
        if (entries.isEmpty()) {
            XWPFParagraph only = docx.createParagraph();
            only.setStyle("TOC1");
            fieldChar(only, STFldCharType.BEGIN);
            instruction(only, TOC_INSTRUCTION);
            fieldChar(only, STFldCharType.SEPARATE);
            fieldChar(only, STFldCharType.END);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            TocEntry entry = entries.get(i);
            XWPFParagraph line = docx.createParagraph();
            line.setStyle("TOC" + Math.max(1, Math.min(entry.level(), 3)));
            if (i == 0) {
                fieldChar(line, STFldCharType.BEGIN);
                instruction(line, TOC_INSTRUCTION);
                fieldChar(line, STFldCharType.SEPARATE);
            }
            text(line, entry.text(), null);
            if (i == entries.size() - 1) {
                fieldChar(line, STFldCharType.END);
            }
        }
    }

    static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    /** One line of the contents as shown before the field is updated. */
    public record TocEntry(int level, String text) {
    }

    /**
     * A table in the style "ITPP Table" across the text width: the header row repeats on every
     * page and is not split; {@code widths} are relative column widths (null: equal).
     */
    public XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths) {
        return table(headers, rows, widths, null);
    }

    /**
     * The same, with headings written one language per line: line i of each heading is tagged
     * {@code headingLanguages[i]} (e.g. Romanian above English).
     */
    public XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths,
                           DocumentLanguage[] headingLanguages) {
        XWPFTable table = docx.createTable(rows.size() + 1, headers.size());
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        properties.addNewTblStyle().setVal("ItppTable");
        table.setWidth("100%");
        var look = properties.addNewTblLook();
        look.setVal(new byte[] {0x04, 0x20});
        grid(table, headers.size(), widths);
        fill(table.getRow(0), headers, widths, headingLanguages == null ? new DocumentLanguage[0] : headingLanguages);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), widths, null);
        }
        // An empty paragraph after the table keeps the next table or heading apart.
        docx.createParagraph().setStyle("TableText");
        return table;
    }

    /** Column widths in the table grid, which LibreOffice follows (it ignores percentages in cells). */
    private void grid(XWPFTable table, int columns, int[] widths) {
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(widths, c, columns)));
        }
    }

    /** A column's width in twentieths of a point: its share of the text width. */
    private int twips(int[] widths, int column, int columns) {
        return widths == null ? textWidth / columns : textWidth * widths[column] / java.util.Arrays.stream(widths).sum();
    }

    /** Fills a row; {@code headingLanguages} non-null makes it the (bold, repeated) heading row. */
    private void fill(XWPFTableRow row, List<String> values, int[] widths, DocumentLanguage[] headingLanguages) {
        boolean heading = headingLanguages != null;
        if (heading) {
            row.setRepeatHeader(true);
        }
        row.setCantSplitRow(true);
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(String.valueOf(twips(widths, c, values.size())));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setStyle("TableText");
            if (!heading) {
                text(paragraph, values.get(c), null);
                continue;
            }
            String[] lines = (values.get(c) == null ? "" : values.get(c)).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    paragraph.createRun().addBreak();
                }
                text(paragraph, lines[l], l < headingLanguages.length ? headingLanguages[l] : null).setBold(true);
            }
        }
    }

    /** Writes {@code value} as one run, line breaks kept, tagged with its language. */
    private XWPFRun text(XWPFParagraph paragraph, String value, DocumentLanguage own) {
        XWPFRun run = paragraph.createRun();
        run.setLang((own == null ? language : own).tag());
        String[] lines = (value == null ? "" : value).split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run.addBreak();
            }
            run.setText(lines[l], l);
        }
        return run;
    }

    /** Writes the document as DOCX to {@code out}, which stays open. */
    public void writeTo(OutputStream out) {
        try {
            docx.write(new ArchivalPdf.KeptOpen(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as DOCX bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
