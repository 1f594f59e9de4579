package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.List;

/**
 * One field of two versions of an objective, side by side. {@code field} names the label
 * ({@code label.<field>} in the bundles); {@code position} counts milestones and indicators
 * from 1 (0 for other fields). Enum fields carry their two values instead of text.
 */
public record FieldDiff(String field, int position, List<DiffSegment> before, List<DiffSegment> after,
                        Enum<?> beforeValue, Enum<?> afterValue) implements Serializable {

    public static FieldDiff text(String field, int position, String older, String newer) {
        TextDiff.Sides sides = TextDiff.words(older, newer);
        return new FieldDiff(field, position, sides.before(), sides.after(), null, null);
    }

    public static FieldDiff value(String field, Enum<?> older, Enum<?> newer) {
        return new FieldDiff(field, 0, List.of(), List.of(), older, newer);
    }

    public boolean isChanged() {
        if (beforeValue != null || afterValue != null) {
            return beforeValue != afterValue;
        }
        return before.stream().anyMatch(DiffSegment::isDeleted) || after.stream().anyMatch(DiffSegment::isInserted);
    }

    public boolean isEnumValue() {
        return beforeValue != null || afterValue != null;
    }

    /** The older side's plain text. */
    public String beforeText() {
        return before.stream().map(DiffSegment::text).reduce("", String::concat);
    }

    /** The newer side's plain text. */
    public String afterText() {
        return after.stream().map(DiffSegment::text).reduce("", String::concat);
    }
}
