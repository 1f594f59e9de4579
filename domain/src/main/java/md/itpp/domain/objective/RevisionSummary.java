package md.itpp.domain.objective;

import java.io.Serializable;
import java.time.Instant;

/** One row of an objective's history: a revision without its snapshot. */
public record RevisionSummary(int number, RevisionKind kind, String author, Instant createdAt,
                              String sha256) implements Serializable {

    /** The first twelve hex digits, enough to tell revisions apart by eye. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
