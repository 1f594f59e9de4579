package md.itpp.persistence.objective;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.RevisionNotFoundException;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.persistence.store.Store;

/**
 * The objectives and their revisions, for the services: loading by id, code and version, the
 * latest revision, and who may see an objective. Reachable only from code (CDI, no role): the
 * services that call it carry the roles.
 */
@ApplicationScoped
public class Objectives {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    public Optional<Objective> find(long id) {
        return Optional.ofNullable(em.find(Objective.class, id));
    }

    /** Whether there is an objective of this id: one indexed count, nothing read or kept. */
    public boolean exists(long id) {
        return em.createNamedQuery(Objective.COUNT_ID, Long.class).setParameter("id", id).getSingleResult() > 0;
    }

    /** @throws ObjectiveNotFoundException when there is none */
    public Objective get(long id) {
        return find(id).orElseThrow(() -> new ObjectiveNotFoundException(id));
    }

    /**
     * The objective the caller may see: one that does not exist and one the caller may not see
     * are refused alike, so the answer reveals nothing.
     */
    public Objective getVisible(long id, Actor actor) {
        Objective objective = get(id);
        if (!canSee(actor, objective)) {
            throw new AccessDeniedException();
        }
        return objective;
    }

    /**
     * One objective the caller may see with everything its page shows, refused as
     * {@link #getVisible} refuses. Of a goal's strategic objective only what the page names it by
     * (code, titles, area, institutions, which also say who may see it): its own milestones,
     * indicators and goals are its page's, four statements a goal's page read for nothing before.
     */
    public Objective getVisibleForPage(long id, Actor actor) {
        Objective objective = getVisible(id, actor);
        initialise(objective);
        objective.getParent().ifPresent(Objectives::initialiseNamed);
        objective.getChildren().forEach(Objectives::initialise);
        return objective;
    }

    private static void initialise(Objective objective) {
        initialiseNamed(objective);
        objective.getMilestones().size();
        objective.getIndicators().size();
        objective.getChildren().size();
    }

    /** What names an objective and says who may see it: area, lead and contributing institutions. */
    private static void initialiseNamed(Objective objective) {
        objective.getArea().getCode();
        objective.getLeadInstitution().getCode();
        objective.getContributingInstitutions().size();
    }

    /**
     * The objective as the caller's page showed it.
     *
     * @throws ConcurrentEditException when it was changed since {@code expectedVersion}
     */
    public Objective getAtVersion(long id, long expectedVersion) {
        Objective objective = get(id);
        Store.checkVersion(objective.getVersion(), expectedVersion,
                () -> new ConcurrentEditException(objective.getId(), objective.getCode()));
        return objective;
    }

    public Optional<Objective> findByCode(String code) {
        return em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * The newest revision's number and hash without its snapshot (the whole content as JSON,
     * which a page showing the approval record does not need).
     */
    public Optional<RevisionSummary> latestSummary(long objectiveId) {
        return em.createNamedQuery(ObjectiveRevision.LIST, RevisionSummary.class)
                .setParameter("objectiveId", objectiveId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The newest revision; every objective has revision 1 from its creation. */
    public Optional<ObjectiveRevision> latestRevision(Objective objective) {
        return em.createNamedQuery(ObjectiveRevision.FIND_LATEST, ObjectiveRevision.class)
                .setParameter("objectiveId", objective.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** @throws RevisionNotFoundException when the objective has no revision of that number */
    public ObjectiveRevision getRevision(long objectiveId, int number) {
        return em.createNamedQuery(ObjectiveRevision.FIND_BY_NUMBER, ObjectiveRevision.class)
                .setParameter("objectiveId", objectiveId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RevisionNotFoundException(objectiveId, number));
    }

    /** The revision a form with this one-time token saved, if any. */
    public Optional<ObjectiveRevision> findRevisionByToken(String token) {
        return em.createNamedQuery(ObjectiveRevision.FIND_BY_TOKEN, ObjectiveRevision.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /**
     * Staff read every objective; a consultee those its institution leads or contributes to; IT
     * administrators none.
     */
    public static boolean canSee(Actor actor, Objective objective) {
        if (seesAll(actor)) {
            return true;
        }
        if (actor.hasRole(Role.CONSULTEE) && actor.institutionId() != null) {
            return objective.visibleToInstitution(actor.institutionId());
        }
        return false;
    }

    /** Whether the caller reads every objective, whatever its institutions. */
    public static boolean seesAll(Actor actor) {
        return actor.hasRole(Role.NEGOTIATOR) || actor.hasRole(Role.REVIEWER)
                || actor.hasRole(Role.APPROVER) || actor.hasRole(Role.AUDITOR);
    }
}
