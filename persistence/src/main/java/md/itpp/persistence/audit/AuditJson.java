package md.itpp.persistence.audit;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Small JSON objects for an event's before and after, written the same way every time (members
 * in the order given), so that equal states give equal text.
 */
public final class AuditJson {

    private AuditJson() {
    }

    /**
     * An object from name-value pairs: {@code object("enabled", true, "roles", List.of(...))}.
     * Values are written as numbers and booleans as such, collections as arrays of strings,
     * {@code null} as null and anything else as its string.
     */
    public static String object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Pairs of name and value expected");
        }
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            string(out, String.valueOf(namesAndValues[i]));
            out.append(':');
            value(out, namesAndValues[i + 1]);
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            out.append(items.stream().map(String::valueOf).sorted().map(AuditJson::quoted)
                    .collect(Collectors.joining(",")));
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        string(out, text);
        return out.toString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
