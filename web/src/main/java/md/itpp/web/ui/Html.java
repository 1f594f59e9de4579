package md.itpp.web.ui;

/**
 * Escapes text and attribute values for markup that renderers build in a buffer before handing
 * it to the response writer ({@link RowsRenderer}), as the response writer escapes what is
 * written through it: {@code & < >} in text, and {@code "} besides in an attribute value. Other
 * characters are written as they are (the pages are UTF-8).
 */
public final class Html {

    private Html() {
    }

    /** {@code value} as element content; nothing for null or empty. */
    public static void text(StringBuilder html, String value) {
        escape(html, value, false);
    }

    /** {@code value} inside a double-quoted attribute. */
    public static void attributeValue(StringBuilder html, String value) {
        escape(html, value, true);
    }

    private static void escape(StringBuilder html, String value, boolean attribute) {
        if (value == null) {
            return;
        }
        // The characters between two that need escaping are appended as one run: most texts have
        // none, and go in with one copy.
        int length = value.length();
        int run = 0;
        for (int i = 0; i < length; i++) {
            String entity = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null) {
                html.append(value, run, i).append(entity);
                run = i + 1;
            }
        }
        if (run == 0) {
            html.append(value); // one array copy; a range of a String is copied a char at a time
        } else {
            html.append(value, run, length);
        }
    }
}
