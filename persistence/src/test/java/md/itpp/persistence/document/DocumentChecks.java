package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reads produced documents back and checks the structure the archive, Word and a printer
 * need; each check fails with what it found. Shared by the tests of every document writer.
 */
public final class DocumentChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private DocumentChecks() {
    }

    // ---- PDF ----

    /** The rule failures veraPDF reports for {@code flavour}, as "clause-test: message" lines; empty when compliant. */
    public static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures.stream().distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }

    /**
     * The archival PDF: PDF/A-2a (and so 2b) by veraPDF, a structure tree, marked content, the
     * language and title in the catalogue and metadata, every font embedded, "page i of n" on
     * every page, and an outline holding {@code bookmarks} (at any level).
     */
    public static void assertArchivalPdf(byte[] bytes, String language, String title, String pageLabel, String ofLabel,
                                         List<String> bookmarks) {
        List<String> failures = veraPdfFailures(bytes, PDFAFlavour.PDFA_2_A);
        assertTrue(failures.isEmpty(), "PDF/A-2a failures: " + failures);
        assertTrue(veraPdfFailures(bytes, PDFAFlavour.PDFA_2_B).isEmpty(), "PDF/A-2b");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals(language, catalog.getLanguage(), "/Lang");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertFalse(catalog.getStructureTreeRoot().getKids().isEmpty(), "structure tree has elements");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "/MarkInfo /Marked true");
            assertEquals(title, pdf.getDocumentInformation().getTitle(), "title");
            assertNotNull(catalog.getMetadata(), "XMP metadata");
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") || xmp.contains("pdfaid:part=\"2\""), "PDF/A identification in XMP");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
                }
            }
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                String number = pageLabel + " " + p + " " + ofLabel + " " + pages;
                assertTrue(text.contains(number), "page " + p + " says \"" + number + "\": " + text);
            }
            List<String> outline = new ArrayList<>();
            assertNotNull(catalog.getDocumentOutline(), "outline");
            collect(catalog.getDocumentOutline(), outline);
            assertTrue(outline.containsAll(bookmarks), "outline " + outline + " holds " + bookmarks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDF/UA-1 by veraPDF's PDF/UA-1 profile with no failed rule, and what the profile does not
     * see in one place: the catalogue asks viewers to show the title (DisplayDocTitle), the XMP
     * metadata claims PDF/UA-1 ({@code pdfuaid:part}) and carries the title.
     */
    public static void assertPdfUa(byte[] bytes, String title) {
        List<String> failures = veraPdfFailures(bytes, PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), "PDF/UA-1 failures: " + failures);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var catalog = pdf.getDocumentCatalog();
            assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                    "/ViewerPreferences /DisplayDocTitle true");
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part"), "PDF/UA identification in XMP: " + xmp);
            assertTrue(xmp.contains(title), "title in XMP");
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        assertTrue(link.getContents() != null && !link.getContents().isBlank(), "link described");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The structure types used in the PDF's structure tree (H1, P, Table, TH, Link, ...). */
    public static java.util.Set<String> structureTypes(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            java.util.Set<String> types = new java.util.TreeSet<>();
            structure(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void structure(List<Object> kids, java.util.Set<String> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                types.add(e.getStandardStructureType());
                structure(e.getKids(), types);
            }
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    /** The PDF's text, whitespace collapsed. */
    public static String pdfText(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- DOCX ----

    /** Texts of the body paragraphs in {@code style}. */
    public static List<String> paragraphsInStyle(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** The field instructions (complex and simple fields) of a paragraph. */
    public static String instructions(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (var r : paragraph.getCTP().getRList()) {
            r.getInstrTextList().forEach(t -> out.append(t.getStringValue()));
        }
        paragraph.getCTP().getFldSimpleList().forEach(f -> out.append(f.getInstr()));
        return out.toString();
    }

    /**
     * The Word file on the template: its styles part defines the headings, title and table style;
     * a TOC field over headings 1-3; fields updated on opening; the footer has PAGE and NUMPAGES;
     * the header holds the title; the document and every run with text carry a language.
     */
    public static void assertStyledWord(XWPFDocument docx, String language, String title, boolean toc) {
        for (String style : List.of("Title", "Heading1", "Heading2", "Heading3", "TOC1", "ItppTable", "Header", "Footer")) {
            assertTrue(docx.getStyles().styleExist(style), "style " + style);
        }
        assertEquals("heading 1", docx.getStyles().getStyle("Heading1").getName());
        if (toc) {
            String all = docx.getParagraphs().stream().map(DocumentChecks::instructions).collect(Collectors.joining("|"));
            assertTrue(all.contains("TOC \\o \"1-3\""), "TOC field: " + all);
        }
        String settings = part(docx, "/word/settings.xml");
        assertTrue(settings.matches("(?s).*updateFields w:val=\"(true|1|on)\".*"), "fields updated on opening: " + settings);
        XWPFFooter footer = docx.getFooterList().get(0);
        String footerFields = footer.getParagraphs().stream().map(DocumentChecks::instructions).collect(Collectors.joining("|"));
        assertTrue(footerFields.contains("PAGE") && footerFields.contains("NUMPAGES"), "footer fields: " + footerFields);
        assertTrue(footer.getText().contains(title), "footer: " + footer.getText());
        assertTrue(docx.getHeaderList().get(0).getText().contains(title), "header");
        assertEquals(title, docx.getProperties().getCoreProperties().getTitle());
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                if (run.text() != null && !run.text().isBlank()) {
                    assertNotNull(run.getLang(), "language of \"" + run.text() + "\"");
                }
            }
        }
        assertTrue(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangList().get(0)
                .getVal().equals(language), "default language");
    }

    /**
     * The page orientation of each section in order ("portrait" or "landscape"), read from the
     * section breaks in paragraphs and the body's last section properties, each checked to be A4
     * the right way round.
     */
    public static List<String> sectionOrientations(XWPFDocument docx) {
        List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(docx.getDocument().getBody().getSectPr());
        List<String> orientations = new ArrayList<>();
        for (var section : sections) {
            var size = section.getPgSz();
            boolean landscape = size.isSetOrient() && "landscape".equals(size.getOrient().toString());
            long w = Long.parseLong(String.valueOf(size.getW()));
            long h = Long.parseLong(String.valueOf(size.getH()));
            assertEquals(landscape ? 16838 : 11906, w, "A4 width of a " + (landscape ? "landscape" : "portrait") + " section");
            assertEquals(landscape ? 11906 : 16838, h, "A4 height");
            assertFalse(section.getFooterReferenceList().isEmpty(), "every section has the footer");
            orientations.add(landscape ? "landscape" : "portrait");
        }
        return orientations;
    }

    /** "portrait" or "landscape" for each page of a PDF, from its media box. */
    public static List<String> pageOrientations(PDDocument pdf) {
        List<String> orientations = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            var box = page.getMediaBox();
            boolean turned = page.getRotation() % 180 != 0;
            orientations.add((box.getWidth() > box.getHeight()) != turned ? "landscape" : "portrait");
        }
        return orientations;
    }

    private static String part(XWPFDocument docx, String name) {
        try (var in = docx.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name))
                .getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- XLSX ----

    /**
     * The sheet prints: print area, header row {@code headerRow} (0-based) repeated and frozen,
     * an auto-filter from it, landscape, one page wide, title and page numbers in the print
     * header and footer, every row at least as high as its longest wrapped cell needs.
     */
    public static void assertPrintableSheet(XSSFWorkbook workbook, int headerRow, int lastRow, int lastColumn) {
        assertPrintableSheet(workbook, 0, headerRow, lastRow, lastColumn);
    }

    /** The same for the sheet at {@code index}. */
    public static void assertPrintableSheet(XSSFWorkbook workbook, int index, int headerRow, int lastRow, int lastColumn) {
        XSSFSheet sheet = workbook.getSheetAt(index);
        String area = workbook.getPrintArea(index);
        assertNotNull(area, "print area");
        String end = org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn) + "$" + (lastRow + 1);
        assertTrue(area.endsWith("$A$1:$" + end), "print area " + area + " ends at " + end);
        assertEquals(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1).formatAsString(),
                sheet.getRepeatingRows().formatAsString(), "repeated rows");
        var pane = sheet.getPaneInformation();
        assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == headerRow + 1,
                "frozen below the header row");
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "auto-filter");
        String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
        assertTrue(filter.startsWith("A" + (headerRow + 1) + ":"), "filter " + filter);
        assertTrue(sheet.getPrintSetup().getLandscape(), "landscape");
        assertTrue(sheet.getFitToPage() && sheet.getPrintSetup().getFitWidth() == 1
                && sheet.getPrintSetup().getFitHeight() == 0, "one page wide");
        assertTrue(sheet.getFooter().getCenter().contains("&P") && sheet.getFooter().getCenter().contains("&N"),
                "page numbers in the footer: " + sheet.getFooter().getCenter());
        assertFalse(sheet.getHeader().getCenter().isBlank(), "title in the header");
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        for (int r = headerRow; r <= lastRow; r++) {
            var row = sheet.getRow(r);
            int lines = 1;
            for (var cell : row) {
                int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                lines = Math.max(lines, PrintableSheet.wrappedLines(formatter.formatCellValue(cell), width));
            }
            assertTrue(row.getHeightInPoints() >= lines * 12, "row " + r + " fits " + lines + " lines: "
                    + row.getHeightInPoints());
        }
    }
}
