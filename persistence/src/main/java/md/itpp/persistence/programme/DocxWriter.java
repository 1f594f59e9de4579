package md.itpp.persistence.programme;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import md.itpp.persistence.document.DocumentLanguage;
import md.itpp.persistence.document.WordDocument;
import md.itpp.persistence.document.WordDocument.TocEntry;
import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;
import md.itpp.persistence.text.ServerTexts;

/**
 * The programme document as DOCX on the styled template ({@link WordDocument}): a cover (Title),
 * a contents field, then each area (Heading 1) with its objectives (Heading 2) and goals
 * (Heading 3), milestones, indicators and approval records, and an annex with the full hashes
 * the approval records shorten. Header and footer carry the title, the generation time and
 * "page X of Y"; the text is tagged with the document's language.
 */
public final class DocxWriter {

    /** Characters of the SHA-256 shown in the approval record; the annex has all 64. */
    static final int SHORT_HASH = 12;

    private DocxWriter() {
    }

    /** Writes the DOCX to {@code out}, which stays open. */
    public static void write(ProgrammeDocument document, OutputStream out) {
        DocumentText text = new DocumentText(document.language());
        String generated = text.get("cover.generated") + ": " + DocumentText.utc(document.generatedAt());
        try (WordDocument docx = new WordDocument(out, DocumentLanguage.of(document.language()), document.programmeTitle(),
                generated, text.get("page"), text.get("of"), false)) {
            docx.title(document.programmeTitle());
            docx.paragraph("Subtitle", text.get("cover.draft"));
            docx.paragraph("Subtitle", text.get("cover.period") + ": " + document.startYear() + "–" + document.endYear());
            docx.paragraph("Subtitle", text.get("cover.count") + ": " + document.objectiveCount());
            docx.paragraph("Subtitle", generated);
            docx.pageBreak();
            docx.tableOfContents(text.get("toc"), contents(document));
            docx.pageBreak();
            if (document.areas().isEmpty()) {
                docx.paragraph("Normal", text.get("empty"));
            }
            Set<List<String>> hashes = new LinkedHashSet<>();
            for (Area area : document.areas()) {
                docx.heading(1, area.code() + " " + area.name());
                for (Entry entry : area.objectives()) {
                    entry(docx, entry, text, 2, hashes);
                }
            }
            if (!hashes.isEmpty()) {
                docx.heading(1, text.get("annex"));
                docx.paragraph("Note", text.get("annex.note"));
                docx.table(List.of(text.get("objective"), text.get("revisionNumber"), "SHA-256"), new ArrayList<>(hashes),
                        new int[] {3, 2, 12});
            }
            docx.finish();
        }
    }

    private static List<TocEntry> contents(ProgrammeDocument document) {
        List<TocEntry> entries = new ArrayList<>();
        for (Area area : document.areas()) {
            entries.add(new TocEntry(1, area.code() + " " + area.name()));
            for (Entry entry : area.objectives()) {
                entries.add(new TocEntry(2, entry.code() + " " + entry.title()));
                for (Entry goal : entry.goals()) {
                    entries.add(new TocEntry(3, goal.code() + " " + goal.title()));
                }
            }
        }
        return entries;
    }

    private static void entry(WordDocument docx, Entry entry, DocumentText text, int level, Set<List<String>> hashes) {
        docx.heading(level, entry.code() + " " + entry.title());
        docx.paragraph("Normal", entry.text());
        docx.paragraph("Note", text.get("lead") + ": " + entry.lead());
        docx.paragraph("Note", status(entry, text));
        if (!entry.milestones().isEmpty()) {
            docx.paragraph("Label", text.get("milestones"));
            List<List<String>> rows = new ArrayList<>();
            for (MilestoneLine m : entry.milestones()) {
                rows.add(List.of(String.valueOf(m.year()), m.description()));
            }
            docx.table(List.of(text.get("year"), text.get("description")), rows, new int[] {1, 7});
        }
        if (!entry.indicators().isEmpty()) {
            docx.paragraph("Label", text.get("indicators"));
            List<List<String>> rows = new ArrayList<>();
            for (IndicatorLine i : entry.indicators()) {
                rows.add(List.of(i.name(), i.baseline(), i.target(), i.unit(), i.meansOfVerification()));
            }
            docx.table(List.of(text.get("indicator"), text.get("baseline"), text.get("target"), text.get("unit"),
                    text.get("means")), rows, new int[] {4, 2, 2, 2, 4});
        }
        docx.paragraph("Label", text.get("approvalRecord"));
        List<List<String>> rows = new ArrayList<>();
        for (ApprovalLine a : entry.approvals()) {
            rows.add(List.of(text.of(a.kind()), a.step(), a.username(), DocumentText.utc(a.decidedAt()), shortRevision(a)));
            hashes.add(List.of(entry.code(), String.valueOf(a.revisionNumber()), a.sha256()));
        }
        docx.table(List.of(text.get("decision"), text.get("step"), text.get("by"), text.get("when"), text.get("revision")),
                rows, new int[] {3, 4, 3, 4, 4});
        if (!entry.goals().isEmpty()) {
            docx.paragraph("Label", text.get("goals"));
            for (Entry goal : entry.goals()) {
                entry(docx, goal, text, 3, hashes);
            }
        }
    }

    /** The status line, with the Government decision once adopted. */
    static String status(Entry entry, DocumentText text) {
        String status = text.get("status") + ": " + text.of(entry.status());
        if (entry.decisionNumber() != null) {
            status += " — " + text.get("governmentDecision") + " " + entry.decisionNumber()
                    + (entry.decisionDate() == null ? "" : ", " + ServerTexts.date(entry.decisionDate()));
        }
        return status;
    }

    /** "2 · 9f86d081884c…": the revision number and the start of its hash (the annex has it whole). */
    static String shortRevision(ApprovalLine a) {
        String sha = a.sha256() == null ? "" : a.sha256();
        return a.revisionNumber() + " · " + (sha.length() > SHORT_HASH ? sha.substring(0, SHORT_HASH) + "…" : sha);
    }
}
