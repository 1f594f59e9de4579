package md.itpp.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;

/**
 * The address of a list page read with GET (the objectives list, the accounts), whose filters,
 * order and page are its parameters: reading them as typed into the address, where what is not
 * understood reads as null (the page leaves it out with a message, never an error page), and
 * writing the address of the same list with one thing changed.
 */
public final class ListAddress {

    private ListAddress() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The text stripped, cut to {@code max} characters (a longer one from a hand-made address), or null when blank. */
    public static String text(String value, int max) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A whole number above 0, or null. */
    public static Integer positive(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page number asked for: 1 when none is given, a whole number above 0, or null when not understood. */
    public static Integer page(String value) {
        return blank(value) ? Integer.valueOf(1) : positive(value);
    }

    /** One of the {@code known} ids, or null. */
    public static Long knownId(String value, Collection<Long> known) {
        Integer id = positive(value);
        return id == null ? null : known.stream().filter(candidate -> candidate == id.longValue()).findFirst().orElse(null);
    }

    /** The constant of {@code type} named exactly {@code value}, or null. */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address of {@code view} (e.g. {@code /admin/accounts.xhtml}) in this application, with {@code parameters}. */
    public static String of(String view, Map<String, ?> parameters) {
        return link(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + view, parameters);
    }

    /** {@code path} with the parameters that have a value, in their order, encoded; the path alone when none has. */
    static String link(String path, Map<String, ?> parameters) {
        String query = query(parameters);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The parameters that have a value, in their order, encoded ({@code q=a%20b&page=2}); empty when none has. */
    public static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(Objects.toString(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
