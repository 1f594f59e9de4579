package md.itpp.persistence.config;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.SignInCounter;
import md.itpp.domain.approval.Decision;
import md.itpp.domain.audit.AuditChainHead;
import md.itpp.domain.consultation.ConsultationRound;

/**
 * The figures IT watches, read from the database so that every node reports the same: open
 * consultation rounds, decisions recorded, the audit chain's length, keys locked at sign-in.
 * Counts only, nothing about any object or person, so the metrics endpoint may read them
 * without a signed-in caller; who may read that endpoint is the server's setting (README).
 */
@Stateless
@PermitAll
public class OperationsFigures {

    /** One reading: four counts, each one indexed query or a primary-key read. */
    public record Figures(long openRounds, long decisions, long auditChainLength, long lockedSignInKeys) {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Figures figures() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        return new Figures(
                em.createNamedQuery(ConsultationRound.COUNT_OPEN, Long.class).getSingleResult(),
                em.createNamedQuery(Decision.COUNT_ALL, Long.class).getSingleResult(),
                head == null ? 0 : head.getLastNumber(),
                em.createNamedQuery(SignInCounter.COUNT_LOCKED, Long.class)
                        .setParameter("now", clock.instant()).getSingleResult());
    }
}
