package md.itpp.persistence.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.document.ContentDigest;

/**
 * The content of the programme document in one language, already translated: the writers only
 * lay it out.
 */
public record ProgrammeDocument(Language language, String programmeTitle, int startYear, int endYear,
                                Instant generatedAt, List<Area> areas) {

    /**
     * The digest of everything the document shows but the time it was generated: equal for two
     * models exactly when their documents say the same ({@link ContentDigest}).
     */
    public String contentDigest() {
        return ContentDigest.sha256(new ProgrammeDocument(language, programmeTitle, startYear, endYear, null, areas));
    }

    public int objectiveCount() {
        return areas.stream().mapToInt(a -> a.objectives().size()).sum();
    }

    /** A cooperation area and its approved objectives. */
    public record Area(String code, String name, List<Entry> objectives) {
    }

    /** An approved objective (strategic objective or partnership goal), with its goals. */
    public record Entry(String code, String title, String text, String lead, ObjectiveStatus status,
                        List<MilestoneLine> milestones, List<IndicatorLine> indicators, List<Entry> goals,
                        List<ApprovalLine> approvals, String decisionNumber, LocalDate decisionDate) {
    }

    public record MilestoneLine(int year, String description) {
    }

    public record IndicatorLine(String name, String baseline, String target, String unit, String meansOfVerification) {
    }

    /** One decision of the approval that made the objective approved: who, when, on which text. */
    public record ApprovalLine(DecisionKind kind, String step, String username, Instant decidedAt,
                               int revisionNumber, String sha256) {
    }
}
