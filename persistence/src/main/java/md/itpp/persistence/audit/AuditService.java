package md.itpp.persistence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import md.itpp.domain.account.Role;
import md.itpp.domain.audit.AuditChain;
import md.itpp.domain.audit.AuditChainHead;
import md.itpp.domain.audit.AuditEvent;
import md.itpp.domain.audit.AuditLink;
import md.itpp.domain.audit.AuditVerification;
import md.itpp.persistence.store.LikePatterns;

/**
 * Reading and checking the audit trail, for auditors and IT. Lists are filtered and paged in the
 * database (Criteria with parameters, newest first); verification walks the whole chain in
 * batches.
 */
@Stateless
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditService {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final int VERIFY_BATCH = 5_000;

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    /** The events a filter finds and how many there are: the audit page's read, one call and transaction. */
    public record Page(long total, List<AuditEvent> events) {
    }

    /**
     * How many events the filter finds and {@code max} of them from {@code first}, newest first
     * (none when {@code first} is past the last), in one container call and transaction instead
     * of two.
     */
    public Page page(AuditFilter filter, int first, int max) {
        long total = count(filter);
        return new Page(total, first >= total ? List.of() : find(filter, first, max));
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(conditions(cb, event, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * One page, newest first. Unfiltered (the page as it opens), the page is the window of event
     * numbers below the head's: numbers run without gaps in an intact chain, and a bounded range
     * on the numbers' unique index reads only the page's rows, where an offset makes H2 2.2 sort
     * the whole trail first (seconds at 200,000 events).
     */
    public List<AuditEvent> find(AuditFilter filter, int first, int max) {
        int size = Math.max(1, Math.min(max, MAX_PAGE_SIZE));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        Predicate[] where = conditions(cb, event, filter);
        int offset = Math.max(0, first);
        if (where.length == 0) {
            long top = em.find(AuditChainHead.class, AuditChainHead.ID).getLastNumber() - offset;
            where = new Predicate[] {cb.le(event.get("number"), top), cb.gt(event.get("number"), top - size)};
            offset = 0;
        }
        query.select(event).where(where).orderBy(cb.desc(event.get("number")));
        TypedQuery<AuditEvent> typed = em.createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(size);
        return typed.getResultList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        List<Predicate> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), f.from()));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), f.to()));
        }
        if (present(f.actor())) {
            where.add(cb.equal(event.get("actor"), f.actor().strip()));
        }
        if (present(f.action())) {
            // A prefix, escaped so that % and _ typed by the user match themselves.
            where.add(cb.like(event.get("action"), LikePatterns.escape(f.action().strip()) + "%", '\\'));
        }
        if (present(f.objectType())) {
            where.add(cb.equal(event.get("objectType"), f.objectType().strip()));
        }
        if (present(f.objectId())) {
            where.add(cb.equal(event.get("objectId"), f.objectId().strip()));
        }
        return where.toArray(new Predicate[0]);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Walks the chain from the first event to the one the head names and reports the first
     * break. Events appended while it runs are not checked (they come after the head it read).
     * The events are read in windows of numbers (each a bounded range of the unique index, so
     * every window costs the same) as plain values, so memory stays flat however long the chain
     * is.
     */
    public AuditVerification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long last = head.getLastNumber();
        String lastHash = head.getLastHash();
        em.clear();
        AuditChain chain = new AuditChain();
        // Windows of numbers rather than "the next n after": a bounded range reads only its own
        // rows, and missing numbers are found by the chain, however many are missing.
        for (long after = 0; after < last; after += VERIFY_BATCH) {
            List<AuditLink> batch = em.createNamedQuery(AuditEvent.CHAIN_AFTER, AuditLink.class)
                    .setParameter("after", after)
                    .setParameter("last", Math.min(last, after + VERIFY_BATCH))
                    .getResultList();
            List<String> hashes = contentHashes(batch);
            for (int i = 0; i < batch.size(); i++) {
                if (!chain.accept(batch.get(i), hashes.get(i))) {
                    return chain.finish(last, lastHash);
                }
            }
        }
        return chain.finish(last, lastHash);
    }

    /**
     * The content hashes of a batch, half of them on another thread of the server's executor:
     * hashing is most of verification's CPU, and each event's hash depends only on its own row
     * (the chain's order is checked afterwards, one event after the other).
     */
    private List<String> contentHashes(List<AuditLink> batch) {
        int half = batch.size() / 2;
        Future<List<String>> second;
        try {
            second = executor.submit(() -> hash(batch.subList(half, batch.size())));
        } catch (RejectedExecutionException busy) {
            return hash(batch);
        }
        List<String> hashes = new ArrayList<>(batch.size());
        hashes.addAll(hash(batch.subList(0, half)));
        try {
            hashes.addAll(second.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hashing the audit events failed", e.getCause());
        }
        return hashes;
    }

    private static List<String> hash(List<AuditLink> links) {
        List<String> hashes = new ArrayList<>(links.size());
        for (AuditLink link : links) {
            hashes.add(AuditChain.hash(link));
        }
        return hashes;
    }
}
