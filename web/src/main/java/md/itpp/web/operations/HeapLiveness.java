package md.itpp.web.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the node can still work: its heap, after the collector's last effort, is not nearly
 * full. A node that is not live should be restarted (a database outage makes it not ready, never
 * not live: restarting would not help).
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    /** Above this share of the maximum heap in use, the node reports itself down. */
    static final double LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double share = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("heap")
                .withData("usedMegabytes", heap.getUsed() >> 20)
                .withData("maxMegabytes", max >> 20)
                .status(share < LIMIT)
                .build();
    }
}
