package md.itpp.web.objectives;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.persistence.reference.ReferenceService;

/**
 * The cooperation areas and institutions as filter choices, shared by every view for up to a
 * minute. Every visit to the objectives list builds a new view; reading both tables for each
 * one cost about a tenth of the page's CPU, for data that changes a few times a year. A change
 * made by an administrator shows in the menus within {@link #MAX_AGE} on every node;
 * {@link #forget()} makes it show at once on this one.
 */
@ApplicationScoped
public class ReferenceOptions {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    @Inject
    private ReferenceService references;

    private volatile Snapshot snapshot;

    private record Snapshot(List<ReferenceOption> areas, List<ReferenceOption> institutions, long readAt) {

        boolean fresh(long now) {
            return now - readAt < MAX_AGE.toNanos();
        }
    }

    public List<ReferenceOption> areas() {
        return current().areas();
    }

    public List<ReferenceOption> institutions() {
        return current().institutions();
    }

    public void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        long now = System.nanoTime();
        Snapshot known = snapshot;
        if (known != null && known.fresh(now)) {
            return known;
        }
        // Two requests may read at once after expiry; both get the same data, the last one stays.
        Snapshot read = new Snapshot(
                references.areas().stream().map(ReferenceOption::of).toList(),
                references.institutions().stream().map(ReferenceOption::of).toList(),
                now);
        snapshot = read;
        return read;
    }
}
