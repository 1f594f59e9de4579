package md.itpp.domain;

/**
 * Checks on free text shared by the entities: one trimming rule and one length rule, so that
 * every field fails with the same messages and never reaches the database too long.
 */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or {@code null} when it is null or blank. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
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
        return value;
    }
}
