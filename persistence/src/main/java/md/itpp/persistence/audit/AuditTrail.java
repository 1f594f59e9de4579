package md.itpp.persistence.audit;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.audit.AuditChainHead;
import md.itpp.domain.audit.AuditEvent;

/**
 * Appends events to the audit trail, in the caller's transaction.
 * <p>
 * Open to every caller, signed in or not, because failed logins are recorded too; it is a local
 * bean, so only the application's own code can call it, and it can only append.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private RequestReads requestReads;

    /**
     * Records one event.
     *
     * @param actor      who did it: the username, or what was typed at a failed login
     * @param action     dotted lower-case name, e.g. {@code objective.save}
     * @param objectType the kind of object ({@code Objective}, {@code Account}); may be {@code null}
     * @param objectId   its id; may be {@code null}
     * @param before     the object's state before, as JSON text; {@code null} for a creation
     * @param after      the state after, as JSON text; {@code null} for a deletion
     * @return the event's number in the chain
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long record(String actor, String action, String objectType, Object objectId,
                       String before, String after) {
        // The lock serialises appends until commit: two events can never extend the same head.
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing: migration V5 not applied?");
        }
        AuditEvent event = new AuditEvent(head, Instant.now(), actor, action, objectType,
                objectId == null ? null : objectId.toString(), before, after);
        em.persist(event);
        head.advanceTo(event);
        // The head and whatever else this request read before the change are stale now.
        requestReads.forget();
        return event.getNumber();
    }
}
