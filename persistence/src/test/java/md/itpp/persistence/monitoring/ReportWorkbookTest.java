package md.itpp.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ReportDraft;

/**
 * The report workbook without a container: what it holds and locks, every fault the check must
 * find (each tied to its cell), nothing to apply when there is one, the drafts when there is
 * none, and the faults marked in the same workbook.
 */
class ReportWorkbookTest {

    private static final long OWN = 41;
    private static final long SECOND = 42;
    private static final long OTHER_INSTITUTION = 77;
    private static final long SUBMITTED = 43;

    private static final ReportWorkbook.Entry OWN_REPORT = new ReportWorkbook.Entry(OWN, "PG-CYB-1.1", "Cyber centre",
            "Progres", null,
            List.of(new ReportWorkbook.MilestoneLine(2025, "Centre opened", MilestoneStatus.ON_TRACK, "Works started"),
                    new ReportWorkbook.MilestoneLine(2026, "Staff trained", MilestoneStatus.NOT_STARTED, null)),
            List.of(new ReportWorkbook.IndicatorLine("Officers trained", "0", "10", "officers", "4", true),
                    new ReportWorkbook.IndicatorLine("Law adopted", "none", "adopted", null, "draft", false)));
    private static final ReportWorkbook.Entry SECOND_REPORT = new ReportWorkbook.Entry(SECOND, "PG-CYB-2.1", "Exercises",
            "", "", List.of(new ReportWorkbook.MilestoneLine(2025, "Exercise held", MilestoneStatus.DELAYED, null)),
            List.of());

    private static Map<Long, ReportWorkbook.Entry> editable() {
        return Map.of(OWN, OWN_REPORT, SECOND, SECOND_REPORT);
    }

    private static ReportWorkbook.Refusal whyNot(long id) {
        return id == SUBMITTED ? ReportWorkbook.Refusal.READ_ONLY : ReportWorkbook.Refusal.NOT_YOURS;
    }

    private static XSSFWorkbook downloaded(Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(
                ReportWorkbook.write(List.of(OWN_REPORT, SECOND_REPORT), locale)));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(XSSFSheet sheet, String reportId, String item) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && reportId.equals(ReportWorkbook.text(row, ReportWorkbook.REPORT))
                    && item.equals(ReportWorkbook.text(row, ReportWorkbook.ITEM))) {
                return row;
            }
        }
        throw new AssertionError("no row " + reportId + " " + item);
    }

    private static void set(Row row, int column, String value) {
        row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
    }

    @Test
    void aRowPerMilestoneAndIndicatorWithOnlyTheInstitutionsColumnsOpen() throws IOException {
        try (XSSFWorkbook workbook = downloaded(Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Reports");
            assertEquals(5, sheet.getLastRowNum(), "2 + 2 rows of the first report, 1 of the second");
            Row m1 = row(sheet, "41", "M1");
            assertEquals("PG-CYB-1.1", ReportWorkbook.text(m1, ReportWorkbook.OBJECTIVE));
            assertEquals("On track", ReportWorkbook.text(m1, ReportWorkbook.STATUS));
            assertEquals("Works started", ReportWorkbook.text(m1, ReportWorkbook.COMMENT));
            Row i1 = row(sheet, "41", "I1");
            assertEquals(4.0, i1.getCell(ReportWorkbook.VALUE).getNumericCellValue(), "a number cell for a number");
            assertEquals("10", ReportWorkbook.text(i1, ReportWorkbook.TARGET));
            assertTrue(sheet.getProtect(), "the sheet is protected");
            assertFalse(m1.getCell(ReportWorkbook.STATUS).getCellStyle().getLocked());
            assertFalse(m1.getCell(ReportWorkbook.COMMENT).getCellStyle().getLocked());
            assertFalse(i1.getCell(ReportWorkbook.VALUE).getCellStyle().getLocked());
            for (int c : new int[] {ReportWorkbook.REPORT, ReportWorkbook.OBJECTIVE, ReportWorkbook.ITEM,
                ReportWorkbook.DESCRIPTION, ReportWorkbook.TARGET}) {
                assertTrue(m1.getCell(c).getCellStyle().getLocked(), "column " + c + " locked");
            }
            assertTrue(i1.getCell(ReportWorkbook.STATUS).getCellStyle().getLocked(), "no status on an indicator");
            var validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            assertEquals(List.of("Not started", "On track", "At risk", "Delayed", "Completed", "Cancelled"),
                    List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(3, validations.get(0).getRegions().countRanges(), "the three milestone rows");
        }
        try (XSSFWorkbook romanian = downloaded(Locale.forLanguageTag("ro"))) {
            assertEquals("Conform planului",
                    ReportWorkbook.text(row(romanian.getSheet("Rapoarte"), "41", "M1"), ReportWorkbook.STATUS));
        }
    }

    @Test
    void anUnchangedWorkbookChangesNothing() throws IOException {
        try (XSSFWorkbook workbook = ReportWorkbook.open(bytes(downloaded(Locale.ENGLISH)))) {
            ReportWorkbook.Check check = ReportWorkbook.check(workbook, editable(), ReportWorkbookTest::whyNot);
            assertEquals(5, check.rows());
            assertEquals(List.of(), check.faults());
            assertEquals(Map.of(), check.changes());
        }
    }

    @Test
    void everyFaultIsFoundAndTiedToItsCellAndNothingIsApplied() throws IOException {
        XSSFWorkbook workbook = downloaded(Locale.ENGLISH);
        XSSFSheet sheet = workbook.getSheet("Reports");
        Row m1 = row(sheet, "41", "M1");
        set(m1, ReportWorkbook.STATUS, "Almost done");
        Row i1 = row(sheet, "41", "I1");
        set(i1, ReportWorkbook.VALUE, "about twelve");
        set(row(sheet, "41", "I2"), ReportWorkbook.VALUE, "adopted");
        set(row(sheet, "42", "M1"), ReportWorkbook.STATUS, "Completed");
        int last = sheet.getLastRowNum();
        Row unknown = sheet.createRow(last + 1);
        unknown.createCell(ReportWorkbook.REPORT).setCellValue(41);
        set(unknown, ReportWorkbook.OBJECTIVE, "PG-CYB-1.1");
        set(unknown, ReportWorkbook.ITEM, "M7");
        set(unknown, ReportWorkbook.STATUS, "Completed");
        Row other = sheet.createRow(last + 2);
        other.createCell(ReportWorkbook.REPORT).setCellValue(OTHER_INSTITUTION);
        set(other, ReportWorkbook.OBJECTIVE, "SO-INT-1");
        set(other, ReportWorkbook.ITEM, "M1");
        set(other, ReportWorkbook.STATUS, "Completed");
        Row submitted = sheet.createRow(last + 3);
        submitted.createCell(ReportWorkbook.REPORT).setCellValue(SUBMITTED);
        set(submitted, ReportWorkbook.ITEM, "M1");
        Row repeated = sheet.createRow(last + 4);
        repeated.createCell(ReportWorkbook.REPORT).setCellValue(42);
        set(repeated, ReportWorkbook.OBJECTIVE, "PG-CYB-2.1");
        set(repeated, ReportWorkbook.ITEM, "m1");
        set(repeated, ReportWorkbook.STATUS, "Delayed");
        Row wrongCode = sheet.createRow(last + 5);
        wrongCode.createCell(ReportWorkbook.REPORT).setCellValue(41);
        set(wrongCode, ReportWorkbook.OBJECTIVE, "PG-CYB-9.9");
        set(wrongCode, ReportWorkbook.ITEM, "I1");
        Row badItem = sheet.createRow(last + 6);
        badItem.createCell(ReportWorkbook.REPORT).setCellValue(41);
        set(badItem, ReportWorkbook.OBJECTIVE, "PG-CYB-1.1");
        set(badItem, ReportWorkbook.ITEM, "X1");
        set(row(sheet, "41", "M2"), ReportWorkbook.COMMENT, "x".repeat(4001));

        ReportWorkbook.Check check;
        try (XSSFWorkbook uploaded = ReportWorkbook.open(bytes(workbook))) {
            check = ReportWorkbook.check(uploaded, editable(), ReportWorkbookTest::whyNot);
            assertEquals(Map.of(), check.changes(), "a faulty workbook applies nothing, its good rows neither");
            List<String> found = new ArrayList<>();
            check.faults().forEach(f -> found.add(f.cell() + " " + f.key()));
            int first = last + 2;
            assertEquals(Set.of(
                    "I2 workbook.fault.status",
                    "J4 workbook.fault.notANumber",
                    "K3 workbook.fault.tooLong",
                    "D" + first + " workbook.fault.unknownMilestone",
                    "A" + (first + 1) + " workbook.fault.notYours",
                    "A" + (first + 2) + " workbook.fault.readOnly",
                    "D" + (first + 3) + " workbook.fault.repeated",
                    "B" + (first + 4) + " workbook.fault.objective",
                    "D" + (first + 5) + " workbook.fault.item"), Set.copyOf(found));
            assertEquals(9, found.size());

            XSSFWorkbook marked = new XSSFWorkbook(new ByteArrayInputStream(
                    ReportWorkbook.annotate(uploaded, check.faults(), Locale.ENGLISH)));
            assertEquals("Faults", marked.getSheetName(0), "the summary comes first");
            assertEquals(0, marked.getActiveSheetIndex());
            XSSFSheet summary = marked.getSheetAt(0);
            assertTrue(summary.getRow(0).getCell(0).getStringCellValue().startsWith("9 faults: nothing was applied"));
            assertEquals(9 + 2, summary.getLastRowNum());
            XSSFSheet data = marked.getSheet("Reports");
            Comment comment = data.getCellComment(new CellAddress("J4"));
            assertNotNull(comment, "the faulty cell carries its explanation");
            assertTrue(comment.getString().getString().contains("“about twelve” is not a number"),
                    comment.getString().getString());
            Cell faulty = data.getRow(3).getCell(ReportWorkbook.VALUE);
            assertEquals("about twelve", faulty.getStringCellValue(), "the user's text stays");
            byte[] rgb = ((XSSFCellStyle) faulty.getCellStyle()).getFillForegroundXSSFColor().getRGB();
            assertEquals(0xFF, rgb[0] & 0xFF, "red fill");
            assertEquals(0x9C, rgb[1] & 0xFF);
            assertNull(data.getCellComment(new CellAddress("I3")), "a good cell is not marked");

            // Corrected and uploaded again: the old marks are gone, the check passes.
            marked.getSheet("Reports").getRow(1).getCell(ReportWorkbook.STATUS).setCellValue("Completed");
            marked.getSheet("Reports").getRow(3).getCell(ReportWorkbook.VALUE).setCellValue("12");
            marked.getSheet("Reports").getRow(2).getCell(ReportWorkbook.COMMENT).setCellValue("Trained 40 staff");
            for (int r = marked.getSheet("Reports").getLastRowNum(); r > last; r--) {
                marked.getSheet("Reports").removeRow(marked.getSheet("Reports").getRow(r));
            }
            try (XSSFWorkbook again = ReportWorkbook.open(bytes(marked))) {
                ReportWorkbook.Check fixed = ReportWorkbook.check(again, editable(), ReportWorkbookTest::whyNot);
                assertEquals(List.of(), fixed.faults());
                ReportDraft own = fixed.changes().get(OWN);
                assertEquals(List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, "Works started"),
                        new ReportDraft.MilestoneEntry(MilestoneStatus.NOT_STARTED, "Trained 40 staff")),
                        own.milestones());
                assertEquals(List.of("12", "adopted"), own.indicatorValues());
                assertEquals("Progres", own.narrativeRo(), "the narrative is kept");
                assertEquals(List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null)),
                        fixed.changes().get(SECOND).milestones());
                byte[] remarked = ReportWorkbook.annotate(again, List.of(), Locale.ENGLISH);
                try (XSSFWorkbook clean = new XSSFWorkbook(new ByteArrayInputStream(remarked))) {
                    assertTrue(clean.getSheet("Reports").getCellComments().isEmpty(), "earlier marks removed");
                }
            }
            marked.close();
        }
        workbook.close();
    }

    @Test
    void statusesAreReadInEitherLanguageOrByName() {
        assertEquals(MilestoneStatus.AT_RISK, ReportWorkbook.status("at risk"));
        assertEquals(MilestoneStatus.AT_RISK, ReportWorkbook.status(" În situație de risc "));
        assertEquals(MilestoneStatus.CANCELLED, ReportWorkbook.status("CANCELLED"));
        assertNull(ReportWorkbook.status("Almost done"));
        assertNull(ReportWorkbook.status(null));
    }

    @Test
    void aFileThatIsNoWorkbookOfOursIsRefusedWhole() throws IOException {
        assertThrows(ValidationException.class, () -> ReportWorkbook.open("not a workbook".getBytes()));
        assertThrows(ValidationException.class, () -> ReportWorkbook.open(new byte[0]));
        try (XSSFWorkbook foreign = new XSSFWorkbook()) {
            foreign.createSheet("Sheet1");
            byte[] content = bytes(foreign);
            assertEquals(MonitoringService.WORKBOOK_UNREADABLE,
                    assertThrows(ValidationException.class, () -> ReportWorkbook.open(content)).messageKey());
        }
    }
}
