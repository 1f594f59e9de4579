package md.itpp.persistence.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;

/**
 * Word-level differences between two texts, as the two sides of a side-by-side view: the older
 * text with what was removed marked, the newer one with what was added marked. Words, runs of
 * white space and single punctuation marks are the units, so a changed comma does not mark
 * the whole sentence.
 */
public final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+|\\s+|.", Pattern.DOTALL);

    private TextDiff() {
    }

    /** The older side ({@code before}, with deletions) and the newer side ({@code after}, with insertions). */
    public record Sides(List<DiffSegment> before, List<DiffSegment> after) {

        public boolean changed() {
            return before.stream().anyMatch(DiffSegment::isDeleted)
                    || after.stream().anyMatch(DiffSegment::isInserted);
        }
    }

    public static Sides words(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<DiffSegment> before = new ArrayList<>();
        List<DiffSegment> after = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            append(before, join(from, i, source.getPosition()), DiffSegment.Kind.EQUAL);
            append(after, join(to, j, target.getPosition()), DiffSegment.Kind.EQUAL);
            append(before, String.join("", source.getLines()), DiffSegment.Kind.DELETED);
            append(after, String.join("", target.getLines()), DiffSegment.Kind.INSERTED);
            i = source.getPosition() + source.size();
            j = target.getPosition() + target.size();
        }
        append(before, join(from, i, from.size()), DiffSegment.Kind.EQUAL);
        append(after, join(to, j, to.size()), DiffSegment.Kind.EQUAL);
        return new Sides(List.copyOf(before), List.copyOf(after));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String join(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, Math.max(from, to)));
    }

    private static void append(List<DiffSegment> segments, String text, DiffSegment.Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new DiffSegment(segments.get(last).text() + text, kind));
        } else {
            segments.add(new DiffSegment(text, kind));
        }
    }
}
