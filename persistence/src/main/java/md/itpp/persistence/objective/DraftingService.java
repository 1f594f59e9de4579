package md.itpp.persistence.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.CodeAlreadyUsedException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.PersonalDraft;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.persistence.store.Store;

/**
 * Drafting objectives: creating and saving them, confirming translations, and reading their
 * revisions. Every successful save writes one immutable revision; a save that changes nothing
 * writes none.
 * <p>
 * No lost edits: a save names the version the editor loaded and is refused with
 * {@link ConcurrentEditException} when the objective moved on, whether that is seen when
 * loading or, for saves racing each other, when the version-checked update is flushed. The
 * flush happens before the revision is numbered, so the row lock of the winning update
 * serialises the numbering too. A form's one-time token is stored with its revision: the same
 * token again reports the first result and saves nothing.
 */
@Stateless
public class DraftingService {

    /** Upper bound of one page of history. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The object type of objectives in the audit trail. */
    public static final String AUDIT_TYPE = "Objective";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private Objectives objectives;

    @Inject
    private Store store;

    @EJB
    private ReferenceService reference;

    @EJB
    private AuditTrail auditTrail;

    /**
     * A new strategic objective ({@code parentId == null}) or partnership goal, with revision 1.
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult create(Long parentId, ObjectiveDraft draft, String token) {
        return once(token, checkedToken -> {
            Actor actor = callers.currentActor();
            Objective objective = newObjective(actor, parentId, required(draft));
            if (objectives.findByCode(objective.getCode()).isPresent()) {
                throw new CodeAlreadyUsedException(objective.getCode());
            }
            em.persist(objective);
            write(objective);
            ObjectiveRevision revision = new ObjectiveRevision(objective, 0, RevisionKind.CREATED, actor, checkedToken);
            em.persist(revision);
            write(objective);
            auditTrail.record(actor.username(), "objective.create", AUDIT_TYPE, objective.getId(),
                    null, state(objective, revision));
            return new SaveResult(objective.getId(), objective.getVersion(), revision.getNumber(), false);
        });
    }

    private Objective newObjective(Actor actor, Long parentId, ObjectiveDraft draft) {
        Institution lead = institution("leadInstitution", draft.leadInstitutionId());
        Objective objective = parentId == null
                ? Objective.strategic(actor, draft.code(), reference.programme(), area(draft.areaId()), lead,
                        draft.content())
                : Objective.goal(actor, draft.code(), objectives.getVisible(parentId, actor), lead, draft.content());
        objective.edit(actor, objective.getContent(), lead, contributors(draft.contributorIds()),
                draft.milestones(), draft.indicators());
        return objective;
    }

    /**
     * Saves the editor's content over the version it loaded. The saver's personal draft of the
     * objective ends with it, in the same transaction: a refused save keeps it.
     *
     * @throws ConcurrentEditException when someone else saved after {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult save(long id, long expectedVersion, ObjectiveDraft draft, String token) {
        SaveResult result = edit(id, expectedVersion, draft, token, RevisionKind.EDITED);
        em.createNamedQuery(PersonalDraft.DELETE).setParameter("owner", callers.currentActor().username())
                .setParameter("objectiveId", id).executeUpdate();
        return result;
    }

    /**
     * Writes a proposed wording from a consultation comment into the draft: the same save as
     * {@link #save}, version-checked, with a revision of kind {@link RevisionKind#PROPOSAL_APPLIED}.
     *
     * @throws ConcurrentEditException when someone else saved after {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult applyProposal(long id, long expectedVersion, ObjectiveDraft draft, String token) {
        return edit(id, expectedVersion, draft, token, RevisionKind.PROPOSAL_APPLIED);
    }

    /** The bilingual confirmation: the other language still says what the authoritative one says. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult confirmTranslation(long id, long expectedVersion, String token) {
        return once(token, checkedToken -> {
            Actor actor = callers.currentActor();
            Objective objective = objectives.getAtVersion(id, expectedVersion);
            boolean changed = objective.confirmTranslation(actor);
            return record(objective, changed, RevisionKind.TRANSLATION_CONFIRMED, actor, checkedToken);
        });
    }

    /** One save of content over the version the editor loaded, recorded as a revision of {@code kind}. */
    private SaveResult edit(long id, long expectedVersion, ObjectiveDraft draft, String token, RevisionKind kind) {
        return once(token, checkedToken -> {
            Actor actor = callers.currentActor();
            ObjectiveDraft content = required(draft);
            Objective objective = objectives.getAtVersion(id, expectedVersion);
            boolean changed = objective.edit(actor, content.content(),
                    institution("leadInstitution", content.leadInstitutionId()),
                    contributors(content.contributorIds()), content.milestones(), content.indicators());
            return record(objective, changed, kind, actor, checkedToken);
        });
    }

    /**
     * A form's save happens once: the same one-time token again answers with the first save's
     * result (marked replayed) and saves nothing.
     */
    private SaveResult once(String token, Function<String, SaveResult> save) {
        String checkedToken = ObjectiveRevision.checkToken(token);
        return findSave(checkedToken).orElseGet(() -> save.apply(checkedToken));
    }

    private static ObjectiveDraft required(ObjectiveDraft draft) {
        if (draft == null) {
            throw ValidationException.required("content");
        }
        return draft;
    }

    /** The result of the save made with this form token, if there was one that wrote a revision. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public Optional<SaveResult> findSave(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return objectives.findRevisionByToken(ObjectiveRevision.checkToken(token))
                .map(r -> new SaveResult(r.getObjective().getId(), r.getObjective().getVersion(),
                        r.getNumber(), true));
    }

    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public long countRevisions(long objectiveId) {
        visible(objectiveId);
        return em.createNamedQuery(ObjectiveRevision.COUNT, Long.class)
                .setParameter("objectiveId", objectiveId).getSingleResult();
    }

    /** One page of the objective's history, newest first, without the snapshots. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public List<RevisionSummary> revisions(long objectiveId, int first, int max) {
        visible(objectiveId);
        return em.createNamedQuery(ObjectiveRevision.LIST, RevisionSummary.class)
                .setParameter("objectiveId", objectiveId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList();
    }

    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public ObjectiveRevision getRevision(long objectiveId, int number) {
        visible(objectiveId);
        return objectives.getRevision(objectiveId, number);
    }

    /** Two revisions of one objective, field by field, word by word. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public RevisionComparison compare(long objectiveId, int from, int to) {
        visible(objectiveId);
        ObjectiveRevision older = objectives.getRevision(objectiveId, from);
        ObjectiveRevision newer = objectives.getRevision(objectiveId, to);
        return new RevisionComparison(summary(older), summary(newer),
                ObjectiveComparison.compare(older.content(), newer.content()));
    }

    private void visible(long objectiveId) {
        objectives.getVisible(objectiveId, callers.currentActor());
    }

    private static RevisionSummary summary(ObjectiveRevision revision) {
        return new RevisionSummary(revision.getNumber(), revision.getKind(), revision.getAuthor(),
                revision.getCreatedAt(), revision.getSha256());
    }

    private SaveResult record(Objective objective, boolean changed, RevisionKind kind, Actor actor, String token) {
        if (!changed) {
            return new SaveResult(objective.getId(), objective.getVersion(), 0, false);
        }
        // The version-checked update first: from here on this transaction holds the row.
        write(objective);
        Optional<ObjectiveRevision> latest = objectives.latestRevision(objective);
        int previous = latest.map(ObjectiveRevision::getNumber).orElse(0);
        ObjectiveRevision revision = new ObjectiveRevision(objective, previous, kind, actor, token);
        em.persist(revision);
        write(objective);
        auditTrail.record(actor.username(),
                kind == RevisionKind.TRANSLATION_CONFIRMED ? "objective.confirmTranslation" : "objective.save",
                AUDIT_TYPE, objective.getId(),
                latest.map(r -> state(objective, r)).orElse(null), state(objective, revision));
        return new SaveResult(objective.getId(), objective.getVersion(), revision.getNumber(), false);
    }

    /**
     * An objective's state in the audit trail: the revision and its content hash rather than the
     * content itself, which the revision keeps. The chain thereby also seals the revisions: a
     * snapshot edited in the database no longer matches the hash the trail recorded.
     */
    private static String state(Objective objective, ObjectiveRevision revision) {
        return AuditJson.object("code", objective.getCode(), "status", objective.getStatus(),
                "revision", revision.getNumber(), "sha256", revision.getSha256());
    }

    /**
     * Writes now, so that a lost race shows here, as a domain exception the editor can act on:
     * a stale version, or a revision number or form token taken by the save that won.
     */
    private void write(Objective objective) {
        Supplier<ConcurrentEditException> conflict = () -> new ConcurrentEditException(
                objective.getId() == null ? 0L : objective.getId(), objective.getCode());
        store.flush(conflict, Map.of(
                "uq_objective_code", () -> new CodeAlreadyUsedException(objective.getCode()),
                "uq_objective_revision_number", conflict,
                "uq_objective_revision_token", conflict));
    }

    private CooperationArea area(Long id) {
        if (id == null) {
            throw ValidationException.required("area");
        }
        CooperationArea area = em.find(CooperationArea.class, id);
        if (area == null) {
            throw ValidationException.invalid("area");
        }
        return area;
    }

    private Institution institution(String field, Long id) {
        if (id == null) {
            throw ValidationException.required(field);
        }
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw ValidationException.invalid(field);
        }
        return institution;
    }

    private List<Institution> contributors(List<Long> ids) {
        List<Institution> found = new ArrayList<>();
        for (Long id : ids) {
            found.add(institution("contributingInstitutions", id));
        }
        return found;
    }
}
