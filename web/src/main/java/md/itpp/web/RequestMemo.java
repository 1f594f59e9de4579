package md.itpp.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a page read from the services, kept for the one request that reads it. View-scoped beans
 * keep only serializable state (ids, versions, form models) between requests; the entities they
 * show are read here, once per request, by key: a page's getters are called many times while it
 * renders, and an entity kept in the view would be a stale, detached graph, serialized with the
 * session of a distributable application.
 */
@RequestScoped
public class RequestMemo {

    private final Map<String, Object> values = new HashMap<>();

    /** The value read for {@code key} in this request, reading it with {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        if (values.containsKey(key)) {
            return (T) values.get(key);
        }
        T value = read.get();
        values.put(key, value);
        return value;
    }

    /** Forgets what was read, e.g. after an action changed it, so the page shows it anew. */
    public void forget(String key) {
        values.remove(key);
    }
}
