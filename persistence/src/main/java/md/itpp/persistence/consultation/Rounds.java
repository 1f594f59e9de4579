package md.itpp.persistence.consultation;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ConcurrentChangeException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.consultation.CommentStatus;
import md.itpp.domain.consultation.ConsultationComment;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.account.CallerAccount;
import md.itpp.persistence.objective.Objectives;
import md.itpp.persistence.store.Store;

/**
 * The consultation rounds and their comments, for the services, and the one place that decides
 * which of them a caller may reach. A consultee reaches only rounds their institution is invited
 * to, and only their institution's comments; negotiators reach a comment once it is submitted.
 * A refusal is logged (who, what) on {@code md.itpp.security.refused}, so that IT can route or
 * alert on it, and answered like a missing object, so it reveals nothing.
 */
@ApplicationScoped
public class Rounds {

    private static final Logger REFUSALS = Logger.getLogger("md.itpp.security.refused");

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Objectives objectives;

    /**
     * The caller as a participant of consultations: with the focal-point flag of their account,
     * from the row the request's session check read already ({@link Accounts#callerAccount}), not
     * the account entity with its roles and institution (three queries on every consultation page).
     */
    public Participant participant(Actor actor) {
        boolean focalPoint = accounts.callerAccount(actor.username()).map(CallerAccount::focalPoint).orElse(false);
        return new Participant(actor, focalPoint);
    }

    /** A round for its negotiators (who see every round); a missing one is refused. */
    public ConsultationRound get(long roundId) {
        ConsultationRound round = em.find(ConsultationRound.class, roundId);
        if (round == null) {
            throw new AccessDeniedException();
        }
        return round;
    }

    /** @throws ConcurrentChangeException when the round changed since {@code expectedVersion} */
    public ConsultationRound getAtVersion(long roundId, long expectedVersion) {
        ConsultationRound round = get(roundId);
        Store.checkVersion(round.getVersion(), expectedVersion,
                () -> new ConcurrentChangeException(ConcurrentChangeException.Kind.ROUND, round.getTitle()));
        return round;
    }

    /** A round the caller may see. */
    public ConsultationRound visible(Participant caller, long roundId) {
        ConsultationRound round = em.find(ConsultationRound.class, roundId);
        if (round == null || !round.visibleTo(caller)) {
            refused(caller, "round " + roundId + (round == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return round;
    }

    /** A comment of the caller's own institution, in a round the caller may see. */
    public ConsultationComment ownComment(Participant caller, long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || !comment.getRound().visibleTo(caller)
                || !caller.consultsFor(comment.getInvitation().getInstitution().getId())) {
            refused(caller, "comment " + commentId + (comment == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return comment;
    }

    /** Negotiators reach a comment only once its institution submitted it. */
    public ConsultationComment submittedComment(Participant caller, long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || comment.getStatus() != CommentStatus.SUBMITTED) {
            refused(caller, "comment " + commentId + (comment == null ? " (none)" : " (not submitted)"));
            throw new AccessDeniedException();
        }
        return comment;
    }

    /** @throws ConcurrentChangeException when the comment changed since {@code expectedVersion} */
    public static void checkVersion(ConsultationComment comment, long expectedVersion) {
        Store.checkVersion(comment.getVersion(), expectedVersion, () -> conflict(comment));
    }

    public static ConcurrentChangeException conflict(ConsultationComment comment) {
        return new ConcurrentChangeException(ConcurrentChangeException.Kind.COMMENT, "#" + comment.getId());
    }

    public static ConcurrentChangeException conflict(ConsultationRound round) {
        return new ConcurrentChangeException(ConcurrentChangeException.Kind.ROUND, round.getTitle());
    }

    /** An objective named by its code on the round's page. */
    public Objective objectiveByCode(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw ValidationException.required("objective");
        }
        return objectives.findByCode(value).orElseThrow(() -> new ObjectiveNotFoundException(value));
    }

    public Institution institution(Long id) {
        Institution institution = id == null ? null : em.find(Institution.class, id);
        if (institution == null) {
            throw ValidationException.invalid("institutions");
        }
        return institution;
    }

    /** The consultees of an invited institution, who get its notices and reminders. */
    public List<Account> consultees(Institution institution) {
        return em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", institution.getId()).getResultList();
    }

    private static void refused(Participant caller, String what) {
        REFUSALS.warning(() -> "Refused: " + caller.username() + " (institution " + caller.institutionId()
                + ") asked for " + what);
    }
}
