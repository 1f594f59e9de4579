package md.itpp.persistence.objective;

import java.io.Serializable;

/**
 * A run of text in a comparison: unchanged, only in the newer text, or only in the older one.
 * Pages render each kind as its own element (escaped text in {@code <ins>} or {@code <del>}),
 * so no HTML is ever built from user text.
 */
public record DiffSegment(String text, Kind kind) implements Serializable {

    public enum Kind {
        EQUAL, INSERTED, DELETED
    }

    public boolean isInserted() {
        return kind == Kind.INSERTED;
    }

    public boolean isDeleted() {
        return kind == Kind.DELETED;
    }

    public boolean isEqual() {
        return kind == Kind.EQUAL;
    }
}
