package md.itpp.persistence.approval;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.NoOpenSubmissionException;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.TransitionNotAllowedException;
import md.itpp.domain.reference.Programme;

/** The approval chains and the submissions through them, for the services; reachable only from code. */
@ApplicationScoped
public class Submissions {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /** The chain new submissions go through, if one was configured. */
    public Optional<ApprovalChain> currentChain(Programme programme) {
        return em.createNamedQuery(ApprovalChain.FIND_CURRENT, ApprovalChain.class)
                .setParameter("programmeId", programme.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every submission of the objective, oldest first. */
    public List<Submission> ofObjective(long objectiveId) {
        return em.createNamedQuery(Submission.FIND_BY_OBJECTIVE, Submission.class)
                .setParameter("objectiveId", objectiveId).getResultList();
    }

    /**
     * The open submission a decision acts on. An objective in review without one (e.g. moved
     * there before chains existed) cannot be decided through the chain; the lifecycle's own
     * refusal comes first so that a caller without the right role or status hears that.
     */
    public Submission getOpen(Objective objective, ObjectiveAction action) {
        Optional<Submission> open = em.createNamedQuery(Submission.FIND_OPEN, Submission.class)
                .setParameter("objectiveId", objective.getId())
                .getResultStream().findFirst();
        if (open.isEmpty()) {
            if (!action.isAllowedFrom(objective.getStatus())) {
                throw new TransitionNotAllowedException(action, objective.getStatus());
            }
            throw new NoOpenSubmissionException(objective.getCode());
        }
        return open.get();
    }
}
