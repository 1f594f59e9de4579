package md.itpp.persistence.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Invitation;
import md.itpp.persistence.audit.StampedCache;

/**
 * The progress of the consultation rounds for the dashboard's readers of the whole programme
 * (not consultees, who see their own rounds on the rounds page). Counts only what negotiators
 * may see: submitted positions and submitted comments, never an institution's drafts.
 */
@Stateless
public class ConsultationProgressService {

    /** The newest rounds shown; older ones are on the rounds page. */
    static final int LIMIT = 20;

    private static final String COMMENT_COUNTS = "select c.round.id, count(c), count(c.disposition)"
            + " from ConsultationComment c where c.status = md.itpp.domain.consultation.CommentStatus.SUBMITTED"
            + " group by c.round.id";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private StampedCache cache;

    /**
     * The newest rounds first, each with its figures. The same for every reader allowed here, and
     * kept while the audit trail has not moved ({@link StampedCache}): submitting a comment or a
     * position and recording a disposition are audited, and counting every submitted comment of
     * every round (fifty thousand at ten times the real scale) on each dashboard request was most
     * of the dashboard's time.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.AUDITOR})
    public List<RoundProgress> progress() {
        return cache.get("consultation.progress", this::compute);
    }

    private List<RoundProgress> compute() {
        List<ConsultationRound> rounds = em.createNamedQuery(ConsultationRound.LIST_ALL, ConsultationRound.class)
                .setMaxResults(LIMIT).getResultList();
        Map<Long, long[]> comments = new HashMap<>();
        for (Object[] row : em.createQuery(COMMENT_COUNTS, Object[].class).getResultList()) {
            comments.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return rounds.stream().map(r -> {
            long[] counts = comments.getOrDefault(r.getId(), new long[] {0, 0});
            return new RoundProgress(r.getId(), r.getTitle(), r.getState(), r.getDeadline(),
                    r.getInvitations().size(),
                    (int) r.getInvitations().stream().filter(Invitation::isSubmitted).count(),
                    counts[0], counts[1]);
        }).toList();
    }
}
