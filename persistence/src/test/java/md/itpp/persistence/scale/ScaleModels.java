package md.itpp.persistence.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.consultation.SynthesisRow;
import md.itpp.persistence.monitoring.NationalReport;
import md.itpp.persistence.programme.ProgrammeDocument;

/**
 * Synthetic document models at the data set's scale (ten times a real programme), shaped like
 * the quick start's {@code ITPP_DEMO_SCALE=5000}: eleven areas, strategic objectives with two
 * partnership goals each, four milestones (2025-2028), two indicators, bilingual texts with the
 * Romanian letters, a narrative of a few sentences per report. Deterministic: the same count
 * gives the same model, so runs compare.
 */
public final class ScaleModels {

    static final String[] AREAS = {"CYB", "DIS", "CLI", "RES", "SSR", "INT", "BI", "CEM", "HYB", "EDU", "SCI"};
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ScaleModels() {
    }

    /** The code of the {@code i}-th objective (0-based) when objectives are numbered as the models do. */
    public static String strategicCode(int strategic) {
        return "SO-" + AREAS[strategic % AREAS.length] + "-" + String.format("%04d", strategic + 1);
    }

    public static String goalCode(int strategic, int goal) {
        return "PG-" + AREAS[strategic % AREAS.length] + "-" + String.format("%04d", strategic + 1) + "." + (goal + 1);
    }

    private static String text(boolean ro, String code, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            out.append(ro ? "Instituțiile responsabile își consolidează capacitățile și raportează anual progresul (" + code
                    + "); măsurile sunt coordonate cu partenerii, iar evaluarea rezultatelor se face în comun. "
                    : "The lead institutions build their capabilities and report progress every year (" + code
                    + "); measures are coordinated with partners and the results are assessed jointly. ");
        }
        return out.toString().strip();
    }

    /**
     * A round's comment-resolution table of {@code comments} rows: comments of the areas' objectives
     * by six institutions, each with a proposed wording, every type and disposition in turn, a
     * justification for the ones not accepted, texts in both languages as consultees write them.
     */
    public static List<SynthesisRow> synthesis(int comments) {
        String[][] institutions = {{"MA", "Ministry of Defence", "Ministerul Apărării"},
                {"MAI", "Ministry of Internal Affairs", "Ministerul Afacerilor Interne"},
                {"STISC", "Information Technology and Cyber Security Service", "Serviciul Tehnologia Informației și Securitate Cibernetică"},
                {"MJ", "Ministry of Justice", "Ministerul Justiției"},
                {"MF", "Ministry of Finance", "Ministerul Finanțelor"},
                {"SIS", "Intelligence and Security Service", "Serviciul de Informații și Securitate"}};
        List<SynthesisRow> rows = new ArrayList<>(comments);
        for (int c = 0; c < comments; c++) {
            int strategic = c / 20;
            String code = strategicCode(strategic);
            String[] institution = institutions[c % institutions.length];
            boolean ro = c % 2 == 0;
            DispositionType disposition = DispositionType.values()[c % DispositionType.values().length];
            rows.add(new SynthesisRow(code, "Objective " + code + " in English", "Obiectivul " + code + " în română",
                    CommentField.values()[c % CommentField.values().length], institution[0], institution[1], institution[2],
                    PositionType.SUPPORT_WITH_COMMENTS, institution[0] + "/" + (100 + c), LocalDate.of(2026, 11, 1 + c % 28),
                    text(ro, code, 2 + c % 3), text(ro, code, 1), CommentType.values()[c % CommentType.values().length],
                    disposition, disposition == DispositionType.ACCEPTED ? null : text(!ro, code, 1),
                    disposition == DispositionType.ACCEPTED ? 2 : null));
        }
        return rows;
    }

    /**
     * A national report with {@code reports} progress reports: strategic objectives each followed
     * by its two goals, all reported, spread over the areas in order.
     */
    public static NationalReport nationalReport(int reports, Language language) {
        boolean ro = language == Language.RO;
        int strategicCount = (reports + 2) / 3;
        List<List<NationalReport.Objective>> byArea = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            byArea.add(new ArrayList<>());
        }
        int made = 0;
        for (int s = 0; s < strategicCount && made < reports; s++) {
            made++;
            List<NationalReport.Objective> goals = new ArrayList<>();
            for (int g = 0; g < 2 && made < reports; g++, made++) {
                goals.add(reportedObjective(goalCode(s, g), ro, s + g, List.of()));
            }
            byArea.get(s % AREAS.length).add(reportedObjective(strategicCode(s), ro, s, goals));
        }
        List<NationalReport.Area> areas = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            if (!byArea.get(a).isEmpty()) {
                areas.add(new NationalReport.Area(AREAS[a], (ro ? "Domeniul de cooperare " : "Cooperation area ") + AREAS[a],
                        String.format(java.util.Locale.ROOT, "%.1f", 40.0 + a), byArea.get(a)));
            }
        }
        return new NationalReport(language, ro ? "Programul de Parteneriat Individual Adaptat" : "Individually Tailored Partnership Programme",
                ro ? "Raportul anual 2025" : "2025 annual report", 2025, ro ? "Închisă" : "Closed", SHA,
                Instant.parse("2026-01-20T10:00:00Z"), "55.0", areas);
    }

    private static NationalReport.Objective reportedObjective(String code, boolean ro, int n, List<NationalReport.Objective> goals) {
        List<NationalReport.MilestoneLine> milestones = new ArrayList<>();
        for (int year = 2025; year <= 2028; year++) {
            milestones.add(new NationalReport.MilestoneLine(year, (ro ? "Etapa " : "Milestone ") + year + " — " + code,
                    ro ? (year == 2025 ? "Realizat" : "În curs") : (year == 2025 ? "Completed" : "On track"),
                    year == 2025 ? (ro ? "Finalizată în mai; raportul este anexat." : "Done in May; the report is attached.") : ""));
        }
        List<NationalReport.IndicatorLine> indicators = List.of(
                new NationalReport.IndicatorLine(ro ? "Specialiști instruiți" : "Trained specialists", "0", "40",
                        ro ? "persoane" : "persons", String.valueOf(n % 40)),
                new NationalReport.IndicatorLine(ro ? "Exerciții comune" : "Joint exercises", "1", "6",
                        ro ? "exerciții" : "exercises", String.valueOf(n % 6)));
        String progress = String.format(java.util.Locale.ROOT, "%.1f", (n * 7) % 100 * 1.0);
        boolean overridden = n % 10 == 0;
        return new NationalReport.Objective(code, (ro ? "Obiectivul " : "Objective ") + code + (ro ? " privind reziliența" : " on resilience"),
                ro ? "Ministerul Apărării" : "Ministry of Defence", ro ? "Acceptat" : "Accepted", "scale.ma.focal",
                Instant.parse("2025-12-20T09:00:00Z"), progress, overridden ? "50.0" : progress,
                overridden ? (ro ? "Include instruirea MAI" : "Includes the MAI training") : null, text(ro, code, 3),
                milestones, indicators, goals);
    }

    /**
     * A programme document with {@code objectives} approved objectives: strategic objectives each
     * with two goals, spread over the areas.
     */
    public static ProgrammeDocument programme(int objectives, Language language) {
        boolean ro = language == Language.RO;
        int strategicCount = (objectives + 2) / 3;
        List<List<ProgrammeDocument.Entry>> byArea = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            byArea.add(new ArrayList<>());
        }
        int made = 0;
        for (int s = 0; s < strategicCount && made < objectives; s++) {
            made++;
            List<ProgrammeDocument.Entry> goals = new ArrayList<>();
            for (int g = 0; g < 2 && made < objectives; g++, made++) {
                goals.add(entry(goalCode(s, g), ro, s + g, List.of()));
            }
            byArea.get(s % AREAS.length).add(entry(strategicCode(s), ro, s, goals));
        }
        List<ProgrammeDocument.Area> areas = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            if (!byArea.get(a).isEmpty()) {
                areas.add(new ProgrammeDocument.Area(AREAS[a], (ro ? "Domeniul de cooperare " : "Cooperation area ") + AREAS[a],
                        byArea.get(a)));
            }
        }
        return new ProgrammeDocument(language, ro ? "Programul de Parteneriat Individual Adaptat" : "Individually Tailored Partnership Programme",
                2025, 2028, Instant.parse("2026-03-12T12:00:00Z"), areas);
    }

    private static ProgrammeDocument.Entry entry(String code, boolean ro, int n, List<ProgrammeDocument.Entry> goals) {
        List<ProgrammeDocument.MilestoneLine> milestones = new ArrayList<>();
        for (int year = 2025; year <= 2028; year++) {
            milestones.add(new ProgrammeDocument.MilestoneLine(year, (ro ? "Etapa " : "Milestone ") + year + " — " + code));
        }
        List<ProgrammeDocument.IndicatorLine> indicators = List.of(
                new ProgrammeDocument.IndicatorLine(ro ? "Specialiști instruiți" : "Trained specialists", "0", "40",
                        ro ? "persoane" : "persons", ro ? "Raport anual" : "Annual report"),
                new ProgrammeDocument.IndicatorLine(ro ? "Exerciții comune" : "Joint exercises", "1", "6",
                        ro ? "exerciții" : "exercises", ro ? "Raport de exercițiu" : "Exercise report"));
        String sha = hash(code);
        List<ProgrammeDocument.ApprovalLine> approvals = List.of(
                new ProgrammeDocument.ApprovalLine(DecisionKind.SIGN_OFF, "Area review / Avizarea pe domeniu",
                        "scale.reviewer.001", Instant.parse("2026-02-27T08:00:00Z"), 2, sha),
                new ProgrammeDocument.ApprovalLine(DecisionKind.APPROVAL, "", "scale.approver.001",
                        Instant.parse("2026-02-28T09:30:00Z"), 2, sha));
        return new ProgrammeDocument.Entry(code, (ro ? "Obiectivul " : "Objective ") + code + (ro ? " privind reziliența" : " on resilience"),
                text(ro, code, 3), ro ? "Ministerul Apărării (MA)" : "Ministry of Defence (MA)",
                n % 5 == 0 ? ObjectiveStatus.ADOPTED : ObjectiveStatus.APPROVED, milestones, indicators, goals, approvals,
                n % 5 == 0 ? "HG nr. " + (100 + n) : null, n % 5 == 0 ? LocalDate.of(2026, 3, 11) : null);
    }

    /** The SHA-256 the model gives the approved revision of the objective {@code code}. */
    public static String hash(String code) {
        return Integer.toHexString(code.hashCode() | 0x10000000) + SHA.substring(8);
    }

    /** The last objective's code in the order the documents list them (the last area's last objective, or its last goal). */
    public static String lastCode(NationalReport report) {
        var objectives = report.areas().get(report.areas().size() - 1).objectives();
        var last = objectives.get(objectives.size() - 1);
        return last.goals().isEmpty() ? last.code() : last.goals().get(last.goals().size() - 1).code();
    }

    public static String lastCode(ProgrammeDocument document) {
        var objectives = document.areas().get(document.areas().size() - 1).objectives();
        var last = objectives.get(objectives.size() - 1);
        return last.goals().isEmpty() ? last.code() : last.goals().get(last.goals().size() - 1).code();
    }
}
