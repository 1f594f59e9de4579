package md.itpp.persistence.document;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet that prints as a ministry files it: a few lines of preamble, a header row and the
 * data, set up as A4 landscape, one page wide, the header row repeated on every printed page and
 * frozen on screen, an auto-filter over the table, column widths fitted to the content (within
 * bounds), row heights fitted to the wrapped text (LibreOffice does not fit them itself, and
 * rows then overlap), the title in the print header and "page X of Y" in the print footer.
 *
 * <p>Works on any workbook: a streaming one ({@code SXSSFWorkbook}) keeps only a window of rows
 * in memory, as large tables want; rows are written once, in order.
 */
public final class PrintableSheet {

    /** Points per line of 10-point text, with the cell's padding. */
    private static final float LINE_POINTS = 12.75f;
    private static final int MIN_WIDTH = 10;
    private static final int FONT_POINTS = 10;

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyle plain;
    private final CellStyle wrap;
    private final CellStyle heading;
    private final CellStyle title;
    private final CellStyle number;
    private final CellStyle whole;
    private CellStyle yesNo;
    private int nextRow;

    public PrintableSheet(Workbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        Font font = font(false, FONT_POINTS);
        plain = workbook.createCellStyle();
        plain.setFont(font);
        wrap = workbook.createCellStyle();
        wrap.setFont(font);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        heading = workbook.createCellStyle();
        heading.cloneStyleFrom(wrap);
        heading.setFont(font(true, FONT_POINTS));
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        title = workbook.createCellStyle();
        title.setFont(font(true, 13));
        number = workbook.createCellStyle();
        number.cloneStyleFrom(wrap);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        whole = workbook.createCellStyle();
        whole.cloneStyleFrom(wrap);
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(DocumentFonts.FAMILY);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    /**
     * Shows yes/no cells as {@code yes} and {@code no} (a number format LibreOffice follows;
     * Excel shows its own TRUE and FALSE, in its language); without it they may show as 1 and 0.
     */
    public PrintableSheet yesNo(String yes, String no) {
        yesNo = workbook.createCellStyle();
        yesNo.cloneStyleFrom(wrap);
        String y = "\"" + yes.replace("\"", "") + "\"";
        yesNo.setDataFormat(workbook.createDataFormat().getFormat(y + ";" + y + ";\"" + no.replace("\"", "") + "\""));
        return this;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** A preamble line above the table; the first is set as the title. */
    public PrintableSheet line(String text) {
        Row row = sheet.createRow(nextRow);
        var cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(nextRow == 0 ? title : plain);
        nextRow++;
        return this;
    }

    /**
     * The table: header row and rows, then the print set-up. {@code maxWidths} caps each
     * column's width in characters; wider text wraps. A cell is text, or a number (shown to one
     * decimal, a year or a count as a whole number, so figures can be summed and charted) or a yes/no where the value is a
     * {@link Number} or {@link Boolean}; null leaves it empty.
     */
    public void table(List<String> headers, List<? extends List<?>> rows, int[] maxWidths, String printTitle,
                      String pageLabel, String ofLabel) {
        if (nextRow > 0) {
            nextRow++;
        }
        int headerRow = nextRow;
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = Math.min(maxWidths[c], Math.max(MIN_WIDTH, longestLine(headers.get(c)) + 2));
        }
        for (List<?> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.min(maxWidths[c], Math.max(widths[c], longestLine(shown(row.get(c))) + 2));
            }
        }
        write(sheet.createRow(nextRow++), headers, heading, widths);
        for (List<?> row : rows) {
            write(sheet.createRow(nextRow++), row, wrap, widths);
        }
        int lastRow = nextRow - 1;
        int lastColumn = headers.size() - 1;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 200);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.getHeader().setCenter(escape(printTitle));
        sheet.getFooter().setCenter(escape(pageLabel) + " &P " + escape(ofLabel) + " &N");
    }

    /** An ampersand starts a code in print headers and footers: "&&" prints one. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }

    private void write(Row row, List<?> values, CellStyle style, int[] widths) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            Object value = values.get(c);
            cell.setCellStyle(style);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(n instanceof Integer || n instanceof Long ? whole : number);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
                if (yesNo != null) {
                    cell.setCellStyle(yesNo);
                }
            } else {
                cell.setCellValue(shown(value));
            }
            lines = Math.max(lines, wrappedLines(shown(value), widths[c]));
        }
        row.setHeightInPoints(lines * LINE_POINTS + 2);
    }

    /** A cell's text as a reader sees it, for widths and heights. */
    private static String shown(Object value) {
        return value == null ? "" : value instanceof Boolean b ? (b ? "TRUE" : "FALSE") : String.valueOf(value);
    }

    /** How many lines {@code text} takes in a column {@code width} characters wide, wrapping at words. */
    static int wrappedLines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            int count = 1;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (line == 0) {
                    line = length;
                } else if (line + 1 + length <= usable) {
                    line += 1 + length;
                } else {
                    count++;
                    line = length;
                }
                while (line > usable) {
                    count++;
                    line -= usable;
                }
            }
            lines += count;
        }
        return Math.max(1, lines);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : (text == null ? "" : text).split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
