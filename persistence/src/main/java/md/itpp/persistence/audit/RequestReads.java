package md.itpp.persistence.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/**
 * Rows that every service of one request asks for again, read once per request: the audit
 * trail's head ({@link StampedCache}) and the caller's account row
 * ({@code Accounts.callerAccount}), and the caller's roles as the container answers them
 * ({@code CallerService}). A signed-in page asks for them from the session check, the
 * menu's counts and the page's own services, each its own transaction.
 * <p>
 * What was read is kept until the request records an audit event ({@link AuditTrail#record}
 * forgets everything): every change of state in the Workbench records one in its transaction,
 * so a value read before a change is never used after it in the same request. A change made on
 * another node counts from the next request, as a change committed a moment later would. Work
 * outside a request context (none today: EJB calls, timers included, run in one) reads anew.
 */
@ApplicationScoped
public class RequestReads {

    /**
     * What this request read, by key. Reached through its methods only: the field of a client
     * proxy is the proxy's own, one for the whole application, not the request's.
     */
    @RequestScoped
    public static class Values {

        private final Map<String, Object> read = new HashMap<>();

        public Map<String, Object> read() {
            return read;
        }
    }

    @Inject
    private Values values;

    @Inject
    private BeanManager beans;

    /** The value read for {@code key} in this request, reading it with {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        if (!active()) {
            return read.get();
        }
        Map<String, Object> kept = values.read();
        if (kept.containsKey(key)) {
            return (T) kept.get(key);
        }
        T value = read.get();
        kept.put(key, value);
        return value;
    }

    /** Forgets everything this request read: the request has changed something. */
    public void forget() {
        if (active()) {
            values.read().clear();
        }
    }

    private boolean active() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
