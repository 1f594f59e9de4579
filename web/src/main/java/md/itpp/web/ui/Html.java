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
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append(attribute ? "&quot;" : "\"");
                default -> html.append(c);
            }
        }
    }
}
