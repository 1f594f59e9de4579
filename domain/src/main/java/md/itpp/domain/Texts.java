package md.itpp.domain;

/**
 * Checks on free text shared by the entities: one trimming rule, one length rule and one
 * character rule, so that every field fails with the same messages and never reaches the
 * database too long or carrying characters no document should hold.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The trimmed text, or {@code null} when it is null or blank. Line breaks become
     * {@code \n}: browsers send {@code \r\n} from text areas, and one form keeps revisions
     * and their comparison from showing differences nobody made.
     */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The trimmed text, which must be present and at most {@code maxLength} characters. */
    public static String required(String field, String text, int maxLength) {
        String value = trimToNull(text);
        if (value == null) {
            throw ValidationException.required(field);
        }
        return checkLength(field, value, maxLength);
    }

    /** The trimmed text or {@code null}; when present, at most {@code maxLength} characters. */
    public static String optional(String field, String text, int maxLength) {
        String value = trimToNull(text);
        return value == null ? null : checkLength(field, value, maxLength);
    }

    private static String checkLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw ValidationException.tooLong(field, maxLength);
        }
        if (!isPrintable(value)) {
            throw ValidationException.controlCharacters(field);
        }
        return value;
    }

    /**
     * Whether the text holds only characters a document can show: no control characters
     * except tab and line feed, no lone surrogate halves and no non-characters. They would
     * break exports and the JSON of revisions, and are a common trick to hide text.
     */
    public static boolean isPrintable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n') {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
