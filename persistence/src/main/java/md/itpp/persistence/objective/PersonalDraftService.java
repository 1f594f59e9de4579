package md.itpp.persistence.objective;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.PersonalDraft;
import md.itpp.persistence.account.CallerService;

/**
 * The editor's personal drafts: what the caller typed in the editor of an objective and has not
 * saved, kept in the database every few seconds so that a new session on any node can offer it
 * back. Only the caller's own draft is ever read or written, and only where the caller may edit
 * the objective now (the same check as opening the editor).
 * <p>
 * Keeping a draft writes no audit event: it changes nothing of the objective and nobody else
 * sees it. Saving the objective ends the saver's draft in the same transaction
 * ({@link DraftingService#save}).
 */
@Stateless
public class PersonalDraftService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private Objectives objectives;

    @Inject
    private Clock clock;

    /** The caller's draft of the objective, if there is one. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public Optional<KeptDraft> find(long objectiveId) {
        Actor actor = callers.currentActor();
        Objective objective = editable(objectiveId, actor);
        return draft(actor, objectiveId).map(d -> new KeptDraft(objectiveId, d.getContent(), d.getBaseVersion(),
                d.getSavedAt(), d.startedBefore(objective.getVersion())));
    }

    /**
     * Keeps the editor's content as the caller's draft of the objective, replacing the one kept
     * before.
     *
     * @return when it was kept
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public Instant keep(long objectiveId, String content, long baseVersion) {
        Actor actor = callers.currentActor();
        editable(objectiveId, actor);
        Instant now = clock.instant();
        Optional<PersonalDraft> kept = draft(actor, objectiveId);
        if (kept.isPresent()) {
            kept.get().keep(content, baseVersion, now);
        } else {
            em.persist(new PersonalDraft(actor.username(), objectiveId, content, baseVersion, now));
        }
        return now;
    }

    /**
     * Forgets the caller's draft of the objective.
     *
     * @return whether there was one
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public boolean discard(long objectiveId) {
        Actor actor = callers.currentActor();
        editable(objectiveId, actor);
        return em.createNamedQuery(PersonalDraft.DELETE).setParameter("owner", actor.username())
                .setParameter("objectiveId", objectiveId).executeUpdate() > 0;
    }

    /**
     * Forgets drafts nobody came back to. Runs on every node: one indexed delete, and deleting
     * twice is harmless.
     */
    @Schedule(hour = "3", minute = "20", persistent = false)
    @PermitAll
    void forgetOld() {
        em.createNamedQuery(PersonalDraft.DELETE_KEPT_BEFORE)
                .setParameter("cutoff", PersonalDraft.forgottenBefore(clock.instant())).executeUpdate();
    }

    private Optional<PersonalDraft> draft(Actor actor, long objectiveId) {
        return em.createNamedQuery(PersonalDraft.FIND, PersonalDraft.class).setParameter("owner", actor.username())
                .setParameter("objectiveId", objectiveId).getResultStream().findFirst();
    }

    /** The objective, when the actor may open it in the editor; refused like the editor refuses. */
    private Objective editable(long objectiveId, Actor actor) {
        Objective objective = objectives.getVisible(objectiveId, actor);
        objective.checkEditable();
        return objective;
    }
}
