package md.itpp.persistence.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Invitation;

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

    /** The newest rounds first, each with its figures. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.AUDITOR})
    public List<RoundProgress> progress() {
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
