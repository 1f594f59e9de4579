package md.itpp.persistence.approval;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.objective.Objectives;
import md.itpp.persistence.store.Store;

/**
 * The negotiation with NATO after national approval: sent to NATO, NATO's comments received,
 * agreed, adopted by Government decision. Agreed text is locked; reopening it (with a reason)
 * puts the objective back in revision, and the new text needs a new submission and approval.
 * Each call names the objective version the caller's page showed.
 */
@Stateless
@RolesAllowed(Role.Names.NEGOTIATOR)
public class NegotiationService {

    @EJB
    private CallerService callers;

    @Inject
    private Objectives objectives;

    @Inject
    private Store store;

    @EJB
    private AuditTrail auditTrail;

    public void sendToNato(long objectiveId, long expectedVersion) {
        step(objectiveId, expectedVersion, "objective.sendToNato", Objective::sendToNato);
    }

    public void recordNatoComments(long objectiveId, long expectedVersion) {
        step(objectiveId, expectedVersion, "objective.natoComments", Objective::recordNatoComments);
    }

    public void agree(long objectiveId, long expectedVersion) {
        step(objectiveId, expectedVersion, "objective.agree", Objective::agree);
    }

    public void recordAdoption(long objectiveId, long expectedVersion, String decisionNumber, LocalDate decisionDate) {
        step(objectiveId, expectedVersion, "objective.adopt",
                (objective, actor) -> objective.recordAdoption(actor, decisionNumber, decisionDate),
                "decision", decisionNumber, "decisionDate", decisionDate);
    }

    /** Reopens the text after NATO's comments, or after agreement with a reason. */
    public void reopen(long objectiveId, long expectedVersion, String reason) {
        step(objectiveId, expectedVersion, "objective.reopen",
                (objective, actor) -> objective.reviseAfterNato(actor, reason), "reason", reason);
    }

    /**
     * One step of the negotiation: the objective at the version the page showed, the domain
     * method, the flush that turns a concurrent change into a translated error, the audit event.
     */
    private void step(long objectiveId, long expectedVersion, String action, BiConsumer<Objective, Actor> change,
                      Object... details) {
        Objective objective = objectives.getAtVersion(objectiveId, expectedVersion);
        ObjectiveStatus before = objective.getStatus();
        Actor actor = callers.currentActor();
        change.accept(objective, actor);
        store.flush(() -> new ConcurrentEditException(objective.getId(), objective.getCode()), Map.of());
        audit(actor, action, objective, before, details);
    }

    /** The step in the audit trail: the status it moved from and to, and what was recorded. */
    private void audit(Actor actor, String action, Objective objective, ObjectiveStatus before, Object... details) {
        Object[] after = new Object[details.length + 2];
        after[0] = "status";
        after[1] = objective.getStatus();
        System.arraycopy(details, 0, after, 2, details.length);
        auditTrail.record(actor.username(), action, "Objective", objective.getId(),
                AuditJson.object("status", before), AuditJson.object(after));
    }
}
