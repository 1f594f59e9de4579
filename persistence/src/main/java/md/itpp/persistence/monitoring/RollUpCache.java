package md.itpp.persistence.monitoring;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.domain.monitoring.RollUp;

/**
 * The periods' progress figures, computed once ({@link ReportingPeriod#figures()} reads every
 * report with its milestones and indicators) and kept while nothing they depend on changed, so
 * the dashboard costs a few aggregate queries whatever the number of reports.
 * <p>
 * Each use first reads the period's stamp in one aggregate query: the period's version, how
 * many reports it has and the sum of their versions. Every change that can move a figure
 * (a draft, a submission, a return or acceptance, weights, an override, a workbook, a
 * reopening) raises a version, so a stale entry is never served, also when another node made
 * the change. The service also drops a period's entry explicitly when a transaction that changed
 * it ends ({@link #invalidateAfterTransaction}), so figures seen inside a transaction that rolled
 * back are never served. Changes outside monitoring (an approved objective's indicators edited
 * after a reopening) are not in the stamp: the next report change picks them up.
 */
@ApplicationScoped
public class RollUpCache {

    /** What the figures were computed from. */
    record Stamp(long periodVersion, long reports, long reportVersions) {
    }

    private record Entry(Stamp stamp, RollUp.Figures figures) {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

    /** The period's figures, computed now unless an entry with the period's current stamp is kept. */
    public RollUp.Figures figures(ReportingPeriod period) {
        Object[] row = em.createNamedQuery(ProgressReport.STAMP, Object[].class)
                .setParameter("periodId", period.getId()).getSingleResult();
        Stamp stamp = new Stamp(period.getVersion(), number(row[0]), number(row[1]));
        Entry entry = entries.get(period.getId());
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.figures();
        }
        RollUp.Figures figures = period.figures();
        entries.put(period.getId(), new Entry(stamp, figures));
        return figures;
    }

    /**
     * Forgets the period's figures when the caller's transaction ends, committed or rolled back:
     * figures computed inside a transaction that changed a report must not outlive it (after a
     * rollback the same versions could come back with other content).
     */
    public void invalidateAfterTransaction(long periodId) {
        entries.remove(periodId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                entries.remove(periodId);
            }
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
