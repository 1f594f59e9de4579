package md.itpp.persistence.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;

import md.itpp.persistence.document.DocumentLanguage;
import md.itpp.persistence.document.HtmlPage;
import md.itpp.persistence.document.PdfBook;
import md.itpp.persistence.document.PrintableSheet;
import md.itpp.persistence.document.WordDocument;

import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.RoundState;

/**
 * Writes the comment-resolution table (sinteza obiecțiilor și propunerilor) as DOCX, PDF and
 * XLSX on the shared document templates ({@code md.itpp.persistence.document}): a landscape
 * Word file on the styled template, an archival tagged PDF/A from {@code synthesis.xhtml}, a
 * workbook set up to print. Headings are in Romanian and English, one above the other (each
 * line tagged with its language), as the ministries exchange the table with partners; the
 * cells are in the requested language.
 */
public final class SynthesisExporter {

    static final String[] HEADINGS = {"heading.objective", "heading.institution", "heading.comment",
            "heading.type", "heading.disposition", "heading.justification"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private SynthesisExporter() {
    }

    /** The table as one byte array, laid out in the caller's thread (tests, small tables). */
    public static byte[] export(SynthesisFormat format, String roundTitle, RoundState state, List<SynthesisRow> rows,
                                Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(format, roundTitle, state, rows, locale, PdfBook.IN_CALLER, out);
        return out.toByteArray();
    }

    /**
     * Writes the table to {@code out}, which stays open, as it is made (the document is never held
     * whole in memory); the PDF's parts are laid out by {@code executor} while the next is filled
     * ({@link PdfBook}).
     */
    public static void export(SynthesisFormat format, String roundTitle, RoundState state, List<SynthesisRow> rows,
                              Locale locale, Executor executor, OutputStream out) {
        List<String> preamble = List.of(
                ConsultationTexts.text(ConsultationTexts.ROMANIAN, "synthesis.title") + " / "
                        + ConsultationTexts.text(Locale.ROOT, "synthesis.title"),
                ConsultationTexts.text(locale, "synthesis.round", roundTitle),
                ConsultationTexts.text(locale, "synthesis.state", ConsultationTexts.label(locale, state)),
                ConsultationTexts.text(locale, "synthesis.generated",
                        DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(ZonedDateTime.now(Invitation.ZONE))));
        List<String> headings = new ArrayList<>();
        for (String key : HEADINGS) {
            headings.add(ConsultationTexts.text(ConsultationTexts.ROMANIAN, key) + "\n"
                    + ConsultationTexts.text(Locale.ROOT, key));
        }
        List<List<String>> cells = rows.stream().map(row -> cells(row, locale)).toList();
        try {
            switch (format) {
                case DOCX -> docx(preamble, headings, cells, locale, out);
                case PDF -> pdf(preamble, headings, cells, locale, executor, out);
                case XLSX -> xlsx(preamble, headings, cells, locale, out);
                default -> throw new IllegalArgumentException("No such format: " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The six cells of one row, as text with line breaks. */
    static List<String> cells(SynthesisRow row, Locale locale) {
        boolean ro = ConsultationTexts.isRomanian(locale);
        String title = ro ? firstNonBlank(row.objectiveTitleRo(), row.objectiveTitleEn())
                : firstNonBlank(row.objectiveTitleEn(), row.objectiveTitleRo());
        String objective = row.objectiveCode() + " " + title + "\n" + ConsultationTexts.label(locale, row.field());
        StringBuilder institution = new StringBuilder(row.institutionAbbreviation()).append(" ")
                .append(ro ? row.institutionNameRo() : row.institutionNameEn());
        if (row.letterNumber() != null) {
            institution.append("\n").append(ConsultationTexts.text(locale, "label.letter", row.letterNumber(),
                    row.letterDate() == null ? "" : DATE.format(row.letterDate())));
        }
        if (row.position() != null) {
            institution.append("\n").append(ConsultationTexts.text(locale, "label.position",
                    ConsultationTexts.label(locale, row.position())));
        }
        String comment = row.comment() + (row.proposedWording() == null ? ""
                : "\n" + ConsultationTexts.text(locale, "label.proposedWording") + " " + row.proposedWording());
        String disposition = row.disposition() == null ? ConsultationTexts.text(locale, "label.notDisposed")
                : ConsultationTexts.label(locale, row.disposition());
        if (row.appliedRevision() != null) {
            disposition += "\n" + ConsultationTexts.text(locale, "label.applied", row.appliedRevision());
        }
        return List.of(objective, institution.toString(), comment, ConsultationTexts.label(locale, row.type()),
                disposition, row.justification() == null ? "" : row.justification());
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }

    // ---- DOCX ----------------------------------------------------------------------------

    /** Relative column widths, shared by the three formats. */
    private static final int[] WIDTHS = {16, 16, 30, 8, 12, 18};
    /** Column widths in characters at most, in the workbook. */
    private static final int[] XLSX_MAX_WIDTHS = {30, 30, 60, 14, 22, 40};
    private static final DocumentLanguage[] HEADING_LANGUAGES = {DocumentLanguage.RO, DocumentLanguage.EN};

    private static void docx(List<String> preamble, List<String> headings, List<List<String>> rows, Locale locale,
                             OutputStream out) {
        DocumentLanguage language = DocumentLanguage.of(locale);
        String title = preamble.get(0);
        try (WordDocument document = new WordDocument(out, language, title, preamble.get(1) + " · " + preamble.get(3),
                ConsultationTexts.text(locale, "synthesis.page"), ConsultationTexts.text(locale, "synthesis.of"), true)) {
            document.heading(1, ConsultationTexts.text(ConsultationTexts.ROMANIAN, "synthesis.title"), DocumentLanguage.RO,
                    ConsultationTexts.text(Locale.ROOT, "synthesis.title"), DocumentLanguage.EN);
            for (int i = 1; i < preamble.size(); i++) {
                document.paragraph("Normal", preamble.get(i));
            }
            if (rows.isEmpty()) {
                document.paragraph("Normal", ConsultationTexts.text(locale, "synthesis.empty"));
            }
            document.table(headings, rows, WIDTHS, HEADING_LANGUAGES);
            document.finish();
        }
    }

    // ---- PDF -----------------------------------------------------------------------------

    static final String TEMPLATE = "md/itpp/persistence/consultation/synthesis.xhtml";

    private static void pdf(List<String> preamble, List<String> headings, List<List<String>> rows, Locale locale,
                            Executor executor, OutputStream out) {
        String title = preamble.get(0);
        try (PdfBook book = new PdfBook(() -> HtmlPage.fromTemplate(TEMPLATE, title, DocumentLanguage.of(locale))
                .slot("header-title", title)
                .slot("footer-title", preamble.get(1))
                .slot("footer-generated", preamble.get(3))
                .description(preamble.get(1)),
                ConsultationTexts.text(locale, "synthesis.page"), ConsultationTexts.text(locale, "synthesis.of"), executor)) {
            HtmlPage page = book.page();
            Element content = page.content();
            Element heading = page.heading(1, "synthesis", ConsultationTexts.text(ConsultationTexts.ROMANIAN, "synthesis.title"));
            heading.setAttribute("lang", DocumentLanguage.RO.tag());
            page.add(heading, "br", null, null);
            page.add(heading, "span", null, ConsultationTexts.text(Locale.ROOT, "synthesis.title"))
                    .setAttribute("lang", DocumentLanguage.EN.tag());
            book.bookmark(null, title, "synthesis");
            for (int i = 1; i < preamble.size(); i++) {
                page.add(content, "p", "meta", preamble.get(i));
            }
            if (rows.isEmpty()) {
                page.add(content, "p", "meta", ConsultationTexts.text(locale, "synthesis.empty"));
            }
            // A round of a thousand comments is laid out a part of the table at a time (PdfBook).
            book.table(PdfBook.PART_SIZE * 5, "synthesis", WIDTHS, headings, rows, (part, first) -> part.content());
            book.write(out);
        }
    }

    // ---- XLSX ----------------------------------------------------------------------------

    private static void xlsx(List<String> preamble, List<String> headings, List<List<String>> rows, Locale locale,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PrintableSheet sheet = new PrintableSheet(workbook, "Sinteza");
            for (String line : preamble) {
                sheet.line(line);
            }
            sheet.table(headings, rows, XLSX_MAX_WIDTHS, preamble.get(0) + " · " + preamble.get(1),
                    ConsultationTexts.text(locale, "synthesis.page"), ConsultationTexts.text(locale, "synthesis.of"));
            workbook.getProperties().getCoreProperties().setTitle(preamble.get(0));
            workbook.write(out);
        }
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
