package md.itpp.persistence.approval;

import java.io.Serializable;
import java.time.Instant;

import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.Bilingual;

/**
 * One decision as the objective's page shows it, with the revision it covered. {@code stale}:
 * the text changed since (the current revision's SHA-256 differs). {@code currentRound}: the
 * decision belongs to the submission under way or to the latest one.
 *
 * @param stepName the review step's name in the reader's language, empty for an approval
 */
public record DecisionView(long submissionId, DecisionKind kind, int stepNumber, String stepNameEn,
                           String stepNameRo, String username, Instant decidedAt, int revisionNumber,
                           String revisionSha256, String reason, boolean stale, boolean currentRound)
        implements Serializable {

    /** The first 12 hex digits, enough to tell revisions apart on a page. */
    public String shortHash() {
        return revisionSha256.substring(0, 12);
    }

    public String stepName(java.util.Locale locale) {
        return Bilingual.of(stepNameEn, stepNameRo).in(locale);
    }
}
