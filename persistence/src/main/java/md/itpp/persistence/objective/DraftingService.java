package md.itpp.persistence.objective;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.CodeAlreadyUsedException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.RevisionNotFoundException;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.reference.ReferenceService;

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

    @EJB
    private ObjectiveService objectives;

    @EJB
    private ReferenceService reference;

    @EJB
    private AuditTrail auditTrail;

    /**
     * A new strategic objective ({@code parentId == null}) or partnership goal, with revision 1.
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult create(Long parentId, ObjectiveDraft draft, String token) {
        String checkedToken = ObjectiveRevision.checkToken(token);
        Optional<SaveResult> earlier = findSave(checkedToken);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Actor actor = callers.currentActor();
        if (draft == null) {
            throw ValidationException.required("content");
        }
        Institution lead = institution("leadInstitution", draft.leadInstitutionId());
        Objective objective;
        if (parentId == null) {
            CooperationArea area = area(draft.areaId());
            Programme programme = reference.programme();
            objective = Objective.strategic(actor, draft.code(), programme, area, lead, draft.content());
        } else {
            Objective parent = objectives.getObjective(parentId);
            objective = Objective.goal(actor, draft.code(), parent, lead, draft.content());
        }
        if (!em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", objective.getCode()).getResultList().isEmpty()) {
            throw new CodeAlreadyUsedException(objective.getCode());
        }
        objective.edit(actor, objective.getContent(), lead, contributors(draft.contributorIds()),
                draft.milestones(), draft.indicators());
        em.persist(objective);
        flush(objective);
        ObjectiveRevision revision = new ObjectiveRevision(objective, 0, RevisionKind.CREATED, actor, checkedToken);
        em.persist(revision);
        flush(objective);
        auditTrail.record(actor.username(), "objective.create", AUDIT_TYPE, objective.getId(),
                null, state(objective, revision));
        return new SaveResult(objective.getId(), objective.getVersion(), revision.getNumber(), false);
    }

    /**
     * Saves the editor's content over the version it loaded.
     *
     * @throws ConcurrentEditException when someone else saved after {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult save(long id, long expectedVersion, ObjectiveDraft draft, String token) {
        String checkedToken = ObjectiveRevision.checkToken(token);
        Optional<SaveResult> earlier = findSave(checkedToken);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Actor actor = callers.currentActor();
        if (draft == null) {
            throw ValidationException.required("content");
        }
        Objective objective = objectives.getObjective(id);
        checkVersion(objective, expectedVersion);
        boolean changed = objective.edit(actor, draft.content(),
                institution("leadInstitution", draft.leadInstitutionId()),
                contributors(draft.contributorIds()), draft.milestones(), draft.indicators());
        return record(objective, changed, RevisionKind.EDITED, actor, checkedToken);
    }

    /**
     * Writes a proposed wording from a consultation comment into the draft: the same save as
     * {@link #save}, version-checked, with a revision of kind {@link RevisionKind#PROPOSAL_APPLIED}.
     *
     * @throws ConcurrentEditException when someone else saved after {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult applyProposal(long id, long expectedVersion, ObjectiveDraft draft, String token) {
        String checkedToken = ObjectiveRevision.checkToken(token);
        Optional<SaveResult> earlier = findSave(checkedToken);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Actor actor = callers.currentActor();
        Objective objective = objectives.getObjective(id);
        checkVersion(objective, expectedVersion);
        boolean changed = objective.edit(actor, draft.content(),
                institution("leadInstitution", draft.leadInstitutionId()),
                contributors(draft.contributorIds()), draft.milestones(), draft.indicators());
        return record(objective, changed, RevisionKind.PROPOSAL_APPLIED, actor, checkedToken);
    }

    /** The bilingual confirmation: the other language still says what the authoritative one says. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult confirmTranslation(long id, long expectedVersion, String token) {
        String checkedToken = ObjectiveRevision.checkToken(token);
        Optional<SaveResult> earlier = findSave(checkedToken);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Actor actor = callers.currentActor();
        Objective objective = objectives.getObjective(id);
        checkVersion(objective, expectedVersion);
        boolean changed = objective.confirmTranslation(actor);
        return record(objective, changed, RevisionKind.TRANSLATION_CONFIRMED, actor, checkedToken);
    }

    /** The result of the save made with this form token, if there was one that wrote a revision. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public Optional<SaveResult> findSave(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ObjectiveRevision.FIND_BY_TOKEN, ObjectiveRevision.class)
                .setParameter("token", ObjectiveRevision.checkToken(token))
                .getResultStream()
                .findFirst()
                .map(r -> new SaveResult(r.getObjective().getId(), r.getObjective().getVersion(),
                        r.getNumber(), true));
    }

    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public long countRevisions(long objectiveId) {
        objectives.getObjective(objectiveId);
        return em.createNamedQuery(ObjectiveRevision.COUNT, Long.class)
                .setParameter("objectiveId", objectiveId).getSingleResult();
    }

    /** One page of the objective's history, newest first, without the snapshots. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public List<RevisionSummary> revisions(long objectiveId, int first, int max) {
        objectives.getObjective(objectiveId);
        return em.createNamedQuery(ObjectiveRevision.LIST, RevisionSummary.class)
                .setParameter("objectiveId", objectiveId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList();
    }

    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public ObjectiveRevision getRevision(long objectiveId, int number) {
        objectives.getObjective(objectiveId);
        return revision(objectiveId, number);
    }

    /** Two revisions of one objective, field by field, word by word. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public RevisionComparison compare(long objectiveId, int from, int to) {
        objectives.getObjective(objectiveId);
        ObjectiveRevision older = revision(objectiveId, from);
        ObjectiveRevision newer = revision(objectiveId, to);
        return new RevisionComparison(summary(older), summary(newer),
                ObjectiveComparison.compare(older.content(), newer.content()));
    }

    private ObjectiveRevision revision(long objectiveId, int number) {
        return em.createNamedQuery(ObjectiveRevision.FIND_BY_NUMBER, ObjectiveRevision.class)
                .setParameter("objectiveId", objectiveId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RevisionNotFoundException(objectiveId, number));
    }

    private static RevisionSummary summary(ObjectiveRevision revision) {
        return new RevisionSummary(revision.getNumber(), revision.getKind(), revision.getAuthor(),
                revision.getCreatedAt(), revision.getSha256());
    }

    private static void checkVersion(Objective objective, long expectedVersion) {
        if (objective.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(objective.getId(), objective.getCode());
        }
    }

    private SaveResult record(Objective objective, boolean changed, RevisionKind kind, Actor actor, String token) {
        if (!changed) {
            return new SaveResult(objective.getId(), objective.getVersion(), 0, false);
        }
        // The version-checked update first: from here on this transaction holds the row.
        flush(objective);
        Optional<ObjectiveRevision> latest = em.createNamedQuery(ObjectiveRevision.FIND_LATEST, ObjectiveRevision.class)
                .setParameter("objectiveId", objective.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        int previous = latest.map(ObjectiveRevision::getNumber).orElse(0);
        ObjectiveRevision revision = new ObjectiveRevision(objective, previous, kind, actor, token);
        em.persist(revision);
        flush(objective);
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
     * Writes now, so that a lost race shows here, as a domain exception the editor can act on,
     * rather than at commit as a server error.
     */
    private void flush(Objective objective) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException
                 | StaleStateException e) {
            throw new ConcurrentEditException(idOf(objective), objective.getCode());
        } catch (PersistenceException e) {
            if (violates(e, "uq_objective_code")) {
                throw new CodeAlreadyUsedException(objective.getCode());
            }
            if (violates(e, "uq_objective_revision_number") || violates(e, "uq_objective_revision_token")) {
                throw new ConcurrentEditException(idOf(objective), objective.getCode());
            }
            throw e;
        }
    }

    private static long idOf(Objective objective) {
        return objective.getId() == null ? 0L : objective.getId();
    }

    /** Whether the failure is a breach of the named unique constraint (names differ in case by database). */
    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
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
