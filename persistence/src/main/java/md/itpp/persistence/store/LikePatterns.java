package md.itpp.persistence.store;

/**
 * Text typed into a search field, made into a {@code like} pattern whose escape character is
 * the backslash ({@code cb.like(expression, pattern, '\\')}): {@code %} and {@code _} typed by
 * the user match themselves, not any text.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code text} with the backslash, {@code %} and {@code _} escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Anything containing {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
