package md.itpp.persistence.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every figure of the national report as XLSX: areas with their progress; objectives and goals
 * with institution, state and progress (computed, set by hand, reason); each milestone status;
 * each indicator value against baseline and target. Percentages are numbers, so the figures
 * can be charted and summed.
 */
public final class FiguresXlsx {

    private FiguresXlsx() {
    }

    public static byte[] write(NationalReport report) {
        ReportText text = new ReportText(report.language());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet areas = workbook.createSheet(text.get("sheet.areas"));
            row(areas, 0, text.get("code"), text.get("area"), text.get("progress"));
            Sheet figures = workbook.createSheet(text.get("sheet.figures"));
            row(figures, 0, text.get("code"), text.get("objective"), text.get("area"), text.get("institution"),
                    text.get("reportState"), text.get("progress"), text.get("computed"), text.get("setByHand"),
                    text.get("reason"), text.get("submitted"));
            Sheet milestones = workbook.createSheet(text.get("sheet.milestones"));
            row(milestones, 0, text.get("code"), text.get("year"), text.get("milestone"), text.get("status"),
                    text.get("comment"));
            Sheet indicators = workbook.createSheet(text.get("sheet.indicators"));
            row(indicators, 0, text.get("code"), text.get("indicator"), text.get("baseline"), text.get("target"),
                    text.get("unit"), text.get("value"));
            int[] next = {1, 1, 1, 1};
            for (NationalReport.Area area : report.areas()) {
                Row a = row(areas, next[0]++, area.code(), area.name());
                number(a, 2, area.progress());
                List<NationalReport.Objective> all = new ArrayList<>();
                area.objectives().forEach(o -> {
                    all.add(o);
                    all.addAll(o.goals());
                });
                for (NationalReport.Objective o : all) {
                    Row r = row(figures, next[1]++, o.code(), o.title(), area.code(), o.institution(), o.state());
                    number(r, 5, o.progress());
                    number(r, 6, o.computed());
                    r.createCell(7).setCellValue(o.overrideReason() != null);
                    r.createCell(8).setCellValue(o.overrideReason() == null ? "" : o.overrideReason());
                    r.createCell(9).setCellValue(o.submittedBy() == null ? ""
                            : o.submittedBy() + ", " + ReportText.utc(o.submittedAt()));
                    for (NationalReport.MilestoneLine m : o.milestones()) {
                        Row mr = row(milestones, next[2]++, o.code());
                        mr.createCell(1).setCellValue(m.year());
                        mr.createCell(2).setCellValue(m.description());
                        mr.createCell(3).setCellValue(m.status());
                        mr.createCell(4).setCellValue(m.comment());
                    }
                    for (NationalReport.IndicatorLine i : o.indicators()) {
                        row(indicators, next[3]++, o.code(), i.name(), i.baseline(), i.target(), i.unit(), i.value());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
        return row;
    }

    private static void number(Row row, int column, String percent) {
        if (percent != null && !percent.isEmpty()) {
            row.createCell(column).setCellValue(Double.parseDouble(percent));
        }
    }
}
