package md.itpp.web.operations;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import md.itpp.persistence.config.OperationsFigures;
import md.itpp.persistence.config.OperationsFigures.Figures;

/**
 * The application's own figures, in the server's MicroProfile Metrics registry (Prometheus format
 * at {@code /metrics}): sign-ins, failed and locked sign-ins (counted by this node; the scraper
 * sums the nodes), request time per page, and gauges read from the database (open rounds,
 * decisions, audit chain length, locked sign-in keys), the same on every node.
 * <p>
 * The gauges share one reading of the database, kept for {@link #FIGURES_TTL}, so that a scrape
 * costs four small queries at most, however often it comes.
 */
@ApplicationScoped
public class WorkbenchMetrics {

    static final String SIGN_INS = "itpp.signIns";
    static final String SIGN_IN_FAILURES = "itpp.signInFailures";
    static final String SIGN_INS_LOCKED = "itpp.signInsLocked";
    static final String PAGE_TIME = "itpp.pageTime";
    static final Duration FIGURES_TTL = Duration.ofSeconds(5);

    @Inject
    private MetricRegistry registry;

    @Inject
    private OperationsFigures operations;

    private volatile Reading last;

    /** One timer per page that answered: as many as the application has views. */
    private final ConcurrentMap<String, Timer> pageTimers = new ConcurrentHashMap<>();

    private record Reading(long at, Figures figures) {
    }

    /** Registers the gauges when the application starts, so that they appear before the first use. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("itpp.openRounds", "Consultation rounds open now", Figures::openRounds);
        gauge("itpp.decisions", "Review and approval decisions recorded", Figures::decisions);
        gauge("itpp.auditChainLength", "Events in the audit chain", Figures::auditChainLength);
        gauge("itpp.lockedSignInKeys", "User names or addresses locked at sign-in now", Figures::lockedSignInKeys);
        registry.counter(Metadata.builder().withName(SIGN_INS).withDescription("Successful sign-ins").build());
        registry.counter(Metadata.builder().withName(SIGN_IN_FAILURES).withDescription("Failed sign-ins").build());
        registry.counter(Metadata.builder().withName(SIGN_INS_LOCKED)
                .withDescription("Sign-ins refused because of a lock").build());
    }

    public void signedIn() {
        registry.counter(SIGN_INS).inc();
    }

    public void signInFailed() {
        registry.counter(SIGN_IN_FAILURES).inc();
    }

    public void signInLocked() {
        registry.counter(SIGN_INS_LOCKED).inc();
    }

    /** The time one request of a page took; {@code page} is a view path that exists. */
    public void pageServed(String page, Duration time) {
        // Looked up once per page, not built and resolved in the registry on every request.
        pageTimers.computeIfAbsent(page, p -> registry.timer(Metadata.builder().withName(PAGE_TIME)
                .withDescription("Time to serve a page").withUnit(MetricUnits.SECONDS).build(),
                new Tag("page", p))).update(time);
    }

    private void gauge(String name, String description, ToLongFunction<Figures> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(),
                this, metrics -> {
                    Figures figures = metrics.figures();
                    // Not a number while the database cannot be read: no figure rather than a false one.
                    return figures == null ? Double.NaN : (double) figure.applyAsLong(figures);
                });
    }

    private Figures figures() {
        long now = System.nanoTime();
        Reading reading = last;
        if (reading == null || now - reading.at() > FIGURES_TTL.toNanos()) {
            try {
                reading = new Reading(now, operations.figures());
            } catch (RuntimeException databaseDown) {
                return null;
            }
            last = reading;
        }
        return reading.figures();
    }
}
