package md.itpp.persistence.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.monitoring.IndicatorProgress;
import md.itpp.domain.monitoring.MilestoneProgress;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.RollUp;
import md.itpp.domain.Bilingual;
import md.itpp.persistence.text.ServerTexts;

/**
 * The workbook an institution fills in offline: one row per milestone and per indicator of each
 * of its open reports, with the report id, objective code and item ({@code M1}, {@code I2}) that
 * say where a row goes, locked columns for what the institution does not change, and status,
 * value and comment to fill in (the status from a drop-down of the allowed ones).
 * <p>
 * {@link #check} reads an uploaded workbook row by row and either yields the drafts to apply or
 * the faults, each tied to its cell; {@link #annotate} marks those cells in the same workbook (a
 * red fill and a comment) and puts a summary sheet first. Nothing here touches the database:
 * the service says which reports the caller may change.
 */
public final class ReportWorkbook {

    /** Texts of the workbook, English and Romanian. */
    static final String TEXTS = "md.itpp.persistence.monitoring.workbook";
    /** The comments this class writes carry this author, so a later round can take them away. */
    static final String AUTHOR = "ITPP Workbench";

    static final int REPORT = 0;
    static final int OBJECTIVE = 1;
    static final int TITLE = 2;
    static final int ITEM = 3;
    static final int DESCRIPTION = 4;
    static final int BASELINE = 5;
    static final int TARGET = 6;
    static final int UNIT = 7;
    static final int STATUS = 8;
    static final int VALUE = 9;
    static final int COMMENT = 10;
    private static final String[] HEADERS = {"workbook.column.report", "workbook.column.objective", "workbook.column.title", "workbook.column.item",
        "workbook.column.description", "workbook.column.baseline", "workbook.column.target", "workbook.column.unit", "workbook.column.status", "workbook.column.value",
        "workbook.column.comment"};
    private static final int[] WIDTHS = {10, 14, 40, 8, 50, 12, 12, 12, 22, 16, 50};
    private static final Pattern ITEM_CODE = Pattern.compile("([MmIi])\\s*(\\d{1,4})");
    private static final Locale ROMANIAN = Bilingual.ROMANIAN;

    private ReportWorkbook() {
    }

    // ---- the model -----------------------------------------------------------------------

    /** One report as the workbook shows it, with the values it holds now. */
    public record Entry(long reportId, String objectiveCode, String objectiveTitle, String narrativeRo,
                        String narrativeEn, List<MilestoneLine> milestones, List<IndicatorLine> indicators) {
        public Entry {
            milestones = List.copyOf(milestones);
            indicators = List.copyOf(indicators);
        }
    }

    /** A milestone: its year and description (read-only), its status and comment now. */
    public record MilestoneLine(int year, String description, MilestoneStatus status, String comment) {
    }

    /** An indicator: name, baseline, target, unit (read-only), its value now and whether it must be a number. */
    public record IndicatorLine(String name, String baseline, String target, String unit, String value,
                                boolean numeric) {
    }

    /** Why a row's report is not the caller's to change. */
    public enum Refusal {
        /** No such report in the period, or one of another institution: the same answer, so ids are not probed. */
        NOT_YOURS,
        /** The institution's own report, but submitted or accepted (or the period closed): read-only. */
        READ_ONLY
    }

    /** What is wrong with one cell: its text key in the workbook bundle and the arguments. */
    public record Fault(int row, int column, String key, List<Object> arguments) {
        public Fault {
            arguments = List.copyOf(arguments);
        }

        /** {@code I5}: the cell as a spreadsheet names it. */
        public String cell() {
            return new CellAddress(row, column).formatAsString();
        }
    }

    /**
     * The outcome of a check: the drafts of the reports the rows change (when no fault) with the
     * first row of each, or the faults.
     */
    public record Check(int rows, Map<Long, ReportDraft> changes, Map<Long, Integer> firstRows, List<Fault> faults) {
        public Check {
            changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
            firstRows = Map.copyOf(firstRows);
            faults = List.copyOf(faults);
        }
    }

    // ---- writing -------------------------------------------------------------------------

    /** The workbook of these reports, in the reader's language. */
    public static byte[] write(List<Entry> entries, Locale locale) {
        ServerTexts texts = ServerTexts.of(TEXTS, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(texts.text("workbook.sheet.reports"));
            XSSFCellStyle header = workbook.createCellStyle();
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFCellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            locked.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}, null));
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFCellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            open.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(texts.text(HEADERS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            List<String> statusLabels = new ArrayList<>();
            for (MilestoneStatus status : MilestoneStatus.values()) {
                statusLabels.add(ServerTexts.label(locale, status));
            }
            CellRangeAddressList statusCells = new CellRangeAddressList();
            int r = 1;
            for (Entry entry : entries) {
                for (int m = 0; m < entry.milestones().size(); m++) {
                    MilestoneLine line = entry.milestones().get(m);
                    Row row = sheet.createRow(r);
                    identify(row, entry, "M" + (m + 1), line.year() + ": " + line.description(), locked);
                    for (int c : new int[] {BASELINE, TARGET, UNIT, VALUE}) {
                        text(row, c, null, locked);
                    }
                    text(row, STATUS, ServerTexts.label(locale, line.status()), open);
                    text(row, COMMENT, line.comment(), open);
                    statusCells.addCellRangeAddress(r, STATUS, r, STATUS);
                    r++;
                }
                for (int i = 0; i < entry.indicators().size(); i++) {
                    IndicatorLine line = entry.indicators().get(i);
                    Row row = sheet.createRow(r);
                    identify(row, entry, "I" + (i + 1), line.name(), locked);
                    text(row, BASELINE, line.baseline(), locked);
                    text(row, TARGET, line.target(), locked);
                    text(row, UNIT, line.unit(), locked);
                    text(row, STATUS, null, locked);
                    text(row, COMMENT, null, locked);
                    BigDecimal number = line.numeric() ? RollUp.number(line.value()).orElse(null) : null;
                    if (number != null) {
                        Cell cell = row.createCell(VALUE);
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(open);
                    } else {
                        text(row, VALUE, line.value(), open);
                    }
                    r++;
                }
            }
            if (statusCells.countRanges() > 0) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(statusLabels.toArray(String[]::new)), statusCells);
                validation.setShowErrorBox(true);
                validation.setSuppressDropDownArrow(true);
                validation.createErrorBox(texts.text("workbook.status.title"), texts.text("workbook.status.error"));
                sheet.addValidationData(validation);
            }
            sheet.createFreezePane(0, 1);
            // Protection keeps hands off the locked columns; the server checks every row anyway.
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockAutoFilter(false);
            sheet.lockSort(false);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void identify(Row row, Entry entry, String item, String description, XSSFCellStyle locked) {
        Cell id = row.createCell(REPORT);
        id.setCellValue(entry.reportId());
        id.setCellStyle(locked);
        text(row, OBJECTIVE, entry.objectiveCode(), locked);
        text(row, TITLE, entry.objectiveTitle(), locked);
        text(row, ITEM, item, locked);
        text(row, DESCRIPTION, description, locked);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    // ---- reading -------------------------------------------------------------------------

    /**
     * The uploaded workbook, refused as a whole when it is no workbook of ours (no sheet of
     * reports in either language).
     */
    public static XSSFWorkbook open(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException(MonitoringService.WORKBOOK_UNREADABLE);
        }
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
            if (reportsSheet(workbook) == null) {
                workbook.close();
                throw new ValidationException(MonitoringService.WORKBOOK_UNREADABLE);
            }
            return workbook;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException(MonitoringService.WORKBOOK_UNREADABLE);
        }
    }

    /**
     * Checks every row against the reports the caller may change ({@code editable}, by id) and
     * says why any other report is refused ({@code whyNot}). Rows change only what they hold;
     * milestones and indicators without a row keep their values.
     */
    public static Check check(XSSFWorkbook workbook, Map<Long, Entry> editable, LongFunction<Refusal> whyNot) {
        XSSFSheet sheet = reportsSheet(workbook);
        List<Fault> faults = new ArrayList<>();
        Map<Long, Working> working = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Integer> firstRows = new HashMap<>();
        int rows = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            rows++;
            String idText = text(row, REPORT);
            Long reportId = idText != null && idText.matches("\\d{1,18}") ? Long.valueOf(idText) : null;
            Entry entry = reportId == null ? null : editable.get(reportId);
            if (entry == null) {
                Refusal refusal = reportId == null ? Refusal.NOT_YOURS : whyNot.apply(reportId);
                faults.add(new Fault(r, REPORT, refusal == Refusal.READ_ONLY ? "workbook.fault.readOnly" : "workbook.fault.notYours",
                        List.of(idText == null ? "" : idText)));
                continue;
            }
            String code = text(row, OBJECTIVE);
            if (!entry.objectiveCode().equals(code)) {
                faults.add(new Fault(r, OBJECTIVE, "workbook.fault.objective", List.of(reportId, entry.objectiveCode())));
                continue;
            }
            String itemText = text(row, ITEM);
            Matcher item = ITEM_CODE.matcher(itemText == null ? "" : itemText.strip());
            if (!item.matches()) {
                faults.add(new Fault(r, ITEM, "workbook.fault.item", List.of(itemText == null ? "" : itemText)));
                continue;
            }
            boolean milestone = item.group(1).equalsIgnoreCase("M");
            int number = Integer.parseInt(item.group(2));
            int count = milestone ? entry.milestones().size() : entry.indicators().size();
            if (number < 1 || number > count) {
                faults.add(new Fault(r, ITEM, milestone ? "workbook.fault.unknownMilestone" : "workbook.fault.unknownIndicator",
                        List.of(number, entry.objectiveCode(), count)));
                continue;
            }
            String key = reportId + "/" + (milestone ? "M" : "I") + number;
            Integer first = seen.putIfAbsent(key, r);
            if (first != null) {
                faults.add(new Fault(r, ITEM, "workbook.fault.repeated", List.of(first + 1)));
                continue;
            }
            Working w = working.computeIfAbsent(reportId, id -> new Working(entry));
            firstRows.putIfAbsent(reportId, r);
            if (milestone) {
                readMilestone(row, r, number - 1, w, faults);
            } else {
                readIndicator(row, r, number - 1, w, faults);
            }
        }
        Map<Long, ReportDraft> changes = new LinkedHashMap<>();
        if (faults.isEmpty()) {
            working.forEach((id, w) -> {
                if (w.changed()) {
                    changes.put(id, w.draft());
                }
            });
        }
        return new Check(rows, changes, firstRows, faults);
    }

    private static void readMilestone(Row row, int r, int index, Working w, List<Fault> faults) {
        String statusText = text(row, STATUS);
        MilestoneStatus status = status(statusText);
        if (status == null) {
            faults.add(new Fault(r, STATUS, "workbook.fault.status", List.of(statusText == null ? "" : statusText)));
        } else {
            w.statuses.set(index, status);
        }
        String comment = Texts.trimToNull(text(row, COMMENT));
        if (checkText(comment, MilestoneProgress.COMMENT_MAX, r, COMMENT, faults)) {
            w.comments.set(index, comment);
        }
    }

    private static void readIndicator(Row row, int r, int index, Working w, List<Fault> faults) {
        Cell cell = row.getCell(VALUE);
        if (cell != null && cell.getCellType() == CellType.ERROR) {
            faults.add(new Fault(r, VALUE, "workbook.fault.notANumber", List.of("#")));
            return;
        }
        String value = Texts.trimToNull(text(row, VALUE));
        if (!checkText(value, IndicatorProgress.VALUE_MAX, r, VALUE, faults)) {
            return;
        }
        if (value != null && w.entry.indicators().get(index).numeric() && RollUp.number(value).isEmpty()) {
            faults.add(new Fault(r, VALUE, "workbook.fault.notANumber", List.of(value)));
            return;
        }
        w.values.set(index, value);
    }

    private static boolean checkText(String value, int max, int r, int column, List<Fault> faults) {
        if (value == null) {
            return true;
        }
        if (value.length() > max) {
            faults.add(new Fault(r, column, "workbook.fault.tooLong", List.of(max)));
            return false;
        }
        if (!Texts.isPrintable(value)) {
            faults.add(new Fault(r, column, "workbook.fault.characters", List.of()));
            return false;
        }
        return true;
    }

    /** A status by its label in either language or by its constant's name; null for anything else. */
    static MilestoneStatus status(String text) {
        String wanted = text == null ? "" : text.strip();
        for (MilestoneStatus status : MilestoneStatus.values()) {
            if (status.name().equalsIgnoreCase(wanted)
                    || ServerTexts.label(Locale.ENGLISH, status).equalsIgnoreCase(wanted)
                    || ServerTexts.label(ROMANIAN, status).equalsIgnoreCase(wanted)) {
                return status;
            }
        }
        return null;
    }

    /** The reports sheet, in either language; null when the workbook has none. */
    private static XSSFSheet reportsSheet(XSSFWorkbook workbook) {
        for (Locale locale : List.of(Locale.ENGLISH, ROMANIAN)) {
            XSSFSheet sheet = workbook.getSheet(ServerTexts.of(TEXTS, locale).text("workbook.sheet.reports"));
            if (sheet != null) {
                return sheet;
            }
        }
        return null;
    }

    private static boolean blank(Row row) {
        for (int c = REPORT; c <= COMMENT; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** A cell's content as text: numbers without a trailing ".0", formulas by their last result. */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#";
            default -> null;
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** A report's values as the rows leave them. */
    private static final class Working {
        private final Entry entry;
        private final List<MilestoneStatus> statuses = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Working(Entry entry) {
            this.entry = entry;
            entry.milestones().forEach(m -> {
                statuses.add(m.status());
                comments.add(Texts.trimToNull(m.comment()));
            });
            entry.indicators().forEach(i -> values.add(Texts.trimToNull(i.value())));
        }

        boolean changed() {
            for (int i = 0; i < statuses.size(); i++) {
                MilestoneLine line = entry.milestones().get(i);
                if (statuses.get(i) != line.status()
                        || !Objects.equals(comments.get(i), Texts.trimToNull(line.comment()))) {
                    return true;
                }
            }
            for (int i = 0; i < values.size(); i++) {
                if (!Objects.equals(values.get(i), Texts.trimToNull(entry.indicators().get(i).value()))) {
                    return true;
                }
            }
            return false;
        }

        ReportDraft draft() {
            List<ReportDraft.MilestoneEntry> milestones = new ArrayList<>();
            for (int i = 0; i < statuses.size(); i++) {
                milestones.add(new ReportDraft.MilestoneEntry(statuses.get(i), comments.get(i)));
            }
            return new ReportDraft(entry.narrativeRo(), entry.narrativeEn(), milestones, values);
        }
    }

    // ---- marking the faults --------------------------------------------------------------

    /**
     * The same workbook with each faulty cell filled red and explained in a comment, earlier
     * marks of ours taken away, and a summary sheet first listing every fault.
     */
    public static byte[] annotate(XSSFWorkbook workbook, List<Fault> faults, Locale locale) {
        ServerTexts texts = ServerTexts.of(TEXTS, locale);
        XSSFSheet sheet = reportsSheet(workbook);
        for (Locale language : List.of(Locale.ENGLISH, ROMANIAN)) {
            int old = workbook.getSheetIndex(ServerTexts.of(TEXTS, language).text("workbook.sheet.faults"));
            if (old >= 0) {
                workbook.removeSheetAt(old);
            }
        }
        for (Map.Entry<CellAddress, ? extends Comment> comment : new ArrayList<>(sheet.getCellComments().entrySet())) {
            if (AUTHOR.equals(comment.getValue().getAuthor())) {
                Row row = sheet.getRow(comment.getKey().getRow());
                Cell cell = row == null ? null : row.getCell(comment.getKey().getColumn());
                if (cell != null) {
                    cell.removeCellComment();
                }
            }
        }
        Map<CellAddress, List<String>> byCell = new LinkedHashMap<>();
        for (Fault fault : faults) {
            byCell.computeIfAbsent(new CellAddress(fault.row(), fault.column()), a -> new ArrayList<>())
                    .add(texts.text(fault.key(), fault.arguments().toArray()));
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Map<Short, XSSFCellStyle> red = new HashMap<>();
        for (Map.Entry<CellAddress, List<String>> marked : byCell.entrySet()) {
            CellAddress address = marked.getKey();
            Row row = sheet.getRow(address.getRow()) == null ? sheet.createRow(address.getRow())
                    : sheet.getRow(address.getRow());
            Cell cell = row.getCell(address.getColumn(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            XSSFCellStyle original = (XSSFCellStyle) cell.getCellStyle();
            cell.setCellStyle(red.computeIfAbsent(original.getIndex(), index -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(original);
                style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0x9C, (byte) 0x9C}, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            }));
            if (cell.getCellComment() != null) {
                cell.removeCellComment();
            }
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(address.getColumn() + 1);
            anchor.setCol2(address.getColumn() + 5);
            anchor.setRow1(address.getRow());
            anchor.setRow2(address.getRow() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(String.join("\n", marked.getValue())));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }
        XSSFSheet summary = workbook.createSheet(texts.text("workbook.sheet.faults"));
        summary.setColumnWidth(0, 10 * 256);
        summary.setColumnWidth(1, 12 * 256);
        summary.setColumnWidth(2, 100 * 256);
        summary.createRow(0).createCell(0).setCellValue(texts.text("workbook.summary", faults.size()));
        Row head = summary.createRow(2);
        head.createCell(0).setCellValue(texts.text("workbook.summary.cell"));
        head.createCell(1).setCellValue(texts.text("workbook.column.report"));
        head.createCell(2).setCellValue(texts.text("workbook.summary.fault"));
        int r = 3;
        for (Fault fault : faults) {
            Row row = summary.createRow(r++);
            row.createCell(0).setCellValue(fault.cell());
            Row source = sheet.getRow(fault.row());
            String report = source == null ? null : text(source, REPORT);
            row.createCell(1).setCellValue(report == null ? "" : report);
            row.createCell(2).setCellValue(texts.text(fault.key(), fault.arguments().toArray()));
        }
        workbook.setSheetOrder(summary.getSheetName(), 0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
