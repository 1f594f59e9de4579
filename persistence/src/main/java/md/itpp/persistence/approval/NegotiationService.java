package md.itpp.persistence.approval;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.objective.ObjectiveService;

/**
 * The negotiation with NATO after national approval: sent to NATO, NATO's comments received,
 * agreed, adopted by Government decision. Agreed text is locked; reopening it (with a reason)
 * puts the objective back in revision, and the new text needs a new submission and approval.
 * Each call names the objective version the caller's page showed.
 */
@Stateless
@RolesAllowed(Role.Names.NEGOTIATOR)
public class NegotiationService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private ObjectiveService objectives;

    public void sendToNato(long objectiveId, long expectedVersion) {
        Objective objective = load(objectiveId, expectedVersion);
        objective.sendToNato(callers.currentActor());
        flush(objective);
    }

    public void recordNatoComments(long objectiveId, long expectedVersion) {
        Objective objective = load(objectiveId, expectedVersion);
        objective.recordNatoComments(callers.currentActor());
        flush(objective);
    }

    public void agree(long objectiveId, long expectedVersion) {
        Objective objective = load(objectiveId, expectedVersion);
        objective.agree(callers.currentActor());
        flush(objective);
    }

    public void recordAdoption(long objectiveId, long expectedVersion, String decisionNumber, LocalDate decisionDate) {
        Objective objective = load(objectiveId, expectedVersion);
        objective.recordAdoption(callers.currentActor(), decisionNumber, decisionDate);
        flush(objective);
    }

    /** Reopens the text after NATO's comments, or after agreement with a reason. */
    public void reopen(long objectiveId, long expectedVersion, String reason) {
        Actor actor = callers.currentActor();
        Objective objective = load(objectiveId, expectedVersion);
        objective.reviseAfterNato(actor, reason);
        flush(objective);
    }

    private Objective load(long objectiveId, long expectedVersion) {
        Objective objective = objectives.getObjective(objectiveId);
        if (objective.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(objective.getId(), objective.getCode());
        }
        return objective;
    }

    private void flush(Objective objective) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException
                 | StaleStateException e) {
            throw new ConcurrentEditException(objective.getId(), objective.getCode());
        }
    }
}
