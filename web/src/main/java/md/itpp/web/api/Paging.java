package md.itpp.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Page paging: {@code ?page=1&size=50}, pages counted from 1, at most {@link #MAX_SIZE} items.
 * The links to the first, previous, next and last pages travel in the body and in the
 * {@code Link} header, with every other query parameter kept.
 */
public final class Paging {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** One page of a list. */
    @Schema(name = "Page")
    public record Page<T>(List<T> items, int page, int size, long total, Map<String, String> links) {
    }

    /**
     * The response for one page of a list: reads the total and the page's rows (from the first
     * row, at most so many), maps them, and links the neighbouring pages.
     */
    static <R, T> Response page(UriInfo uri, Integer requestedPage, Integer requestedSize, LongSupplier total,
                                BiFunction<Integer, Integer, List<R>> rows, Function<R, T> map) {
        int page = page(requestedPage);
        int size = size(requestedSize);
        long count = total.getAsLong();
        List<T> items = rows.apply(first(page, size), size).stream().map(map).toList();
        return response(uri, items, page, size, count);
    }

    static int size(Integer requested) {
        return requested == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, requested));
    }

    static int page(Integer requested) {
        return requested == null ? 1 : Math.max(1, requested);
    }

    static int first(int page, int size) {
        long first = (long) (page - 1) * size;
        return first > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) first;
    }

    static <T> Response response(UriInfo uri, List<T> items, int page, int size, long total) {
        Map<String, String> links = links(uri, page, size, total);
        Response.ResponseBuilder response = Response.ok(new Page<>(items, page, size, total, links));
        links.forEach((rel, href) -> response.links(Link.fromUri(href).rel(rel).build()));
        return response.build();
    }

    /** The links to the first, previous, next and last pages, with every other query parameter kept. */
    static Map<String, String> links(UriInfo uri, int page, int size, long total) {
        long lastPage = Math.max(1, (total + size - 1) / size);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(uri, page, size));
        links.put("first", link(uri, 1, size));
        if (page > 1) {
            links.put("prev", link(uri, (int) Math.min(page - 1, lastPage), size));
        }
        if (page < lastPage) {
            links.put("next", link(uri, page + 1, size));
        }
        links.put("last", link(uri, (int) lastPage, size));
        return links;
    }

    private static String link(UriInfo uri, int page, int size) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toString();
    }
}
