package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.util.List;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.document.ContentDigest;

/**
 * The national progress report of a period in one language, already translated and formatted:
 * the writers ({@link NationalReportDocx}, {@link NationalReportPdf}, {@link FiguresXlsx}) only
 * lay it out on the shared document templates ({@code md.itpp.persistence.document}).
 * Percentages are text to one decimal, empty where there is no data.
 */
public record NationalReport(Language language, String programmeTitle, String periodTitle, int year,
                             String state, String snapshotSha256, Instant generatedAt, String overall,
                             List<Area> areas) {

    /**
     * The digest of everything the report shows but the time it was generated: equal for two
     * reports exactly when their documents say the same ({@link ContentDigest}).
     */
    public String contentDigest() {
        return ContentDigest.sha256(new NationalReport(language, programmeTitle, periodTitle, year, state, snapshotSha256,
                null, overall, areas));
    }

    /** A cooperation area with its progress and its reported objectives. */
    public record Area(String code, String name, String progress, List<Objective> objectives) {
    }

    /** A reported objective (or goal, under its strategic objective), as the institution reported it. */
    public record Objective(String code, String title, String institution, String state, String submittedBy,
                            Instant submittedAt, String progress, String computed, String overrideReason,
                            String narrative, List<MilestoneLine> milestones, List<IndicatorLine> indicators,
                            List<Objective> goals) {
    }

    public record MilestoneLine(int year, String description, String status, String comment) {
    }

    public record IndicatorLine(String name, String baseline, String target, String unit, String value) {
    }
}
