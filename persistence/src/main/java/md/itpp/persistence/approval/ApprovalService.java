package md.itpp.persistence.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.ConcurrentDecisionException;
import md.itpp.domain.approval.NoOpenSubmissionException;
import md.itpp.domain.approval.ReviewStep;
import md.itpp.domain.approval.StepDefinition;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.objective.Objectives;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.persistence.store.ReadOnly;
import md.itpp.persistence.store.Store;

/**
 * Review and approval: configuring the programme's approval chain, submitting an objective's
 * latest revision through it, signing off, returning and approving. Each decision loads the
 * objective and its open submission, calls one domain method and writes at once, so that a
 * decision racing another on the same objective fails here, as {@link ConcurrentDecisionException},
 * and not at commit.
 * <p>
 * Every decision is checked against the version of the objective the caller's page showed: a
 * decision on a page that is out of date is refused with {@link md.itpp.domain.objective.ConcurrentEditException}.
 * Where a task is assigned, a {@link TaskAssigned} event is fired.
 */
@Stateless
public class ApprovalService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private Objectives objectives;

    @Inject
    private Submissions submissions;

    @Inject
    private ApprovalQueries queries;

    @Inject
    private Accounts accounts;

    @Inject
    private Store store;

    @EJB
    private ReferenceService reference;

    @Inject
    private Event<TaskAssigned> taskAssigned;

    @EJB
    private AuditTrail auditTrail;

    // ---- the chain -------------------------------------------------------------------------

    /** Stores a new chain for the programme; submissions under way keep theirs. */
    @RolesAllowed(Role.Names.ADMIN)
    public ApprovalChain configureChain(List<StepDefinition> steps, Integer reviewDays) {
        Actor admin = callers.currentActor();
        Map<String, Set<Role>> directory = new HashMap<>();
        for (StepDefinition step : steps == null ? List.<StepDefinition>of() : steps) {
            if (step == null) {
                continue;
            }
            for (String name : step.reviewers()) {
                String username = name.strip();
                if (!directory.containsKey(username)) {
                    directory.put(username, accounts.findEnabled(username).map(Account::getRoles).orElse(Set.of()));
                }
            }
        }
        ApprovalChain chain = ApprovalChain.configure(admin, reference.programme(), steps, reviewDays, directory);
        em.persist(chain);
        em.flush();
        auditTrail.record(admin.username(), "approval.chain.configure", "ApprovalChain", chain.getId(), null,
                AuditJson.object("steps", chain.getSteps().stream()
                        .map(step -> String.join("+", new TreeSet<>(step.getReviewers()))).toList(), "reviewDays", reviewDays));
        return chain;
    }

    /** The programme's current chain, if one was configured. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
    public Optional<ApprovalChain> findChain() {
        Optional<ApprovalChain> chain = currentChain();
        chain.ifPresent(c -> c.getSteps().forEach(s -> s.getReviewers().size()));
        return chain;
    }

    /** Usernames of the enabled accounts that hold the reviewer role, for the configuration page. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> reviewerAccounts() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultStream()
                .filter(a -> a.isEnabled() && a.hasRole(Role.REVIEWER))
                .map(Account::getUsername)
                .toList();
    }

    private Optional<ApprovalChain> currentChain() {
        return submissions.currentChain(reference.programme());
    }

    // ---- decisions -------------------------------------------------------------------------

    /**
     * Submits the objective's latest revision through the programme's chain. From draft,
     * without consultation, a reason is required.
     *
     * @return the objective's version after the submission, e.g. for the API's new ETag
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long submit(long objectiveId, long expectedVersion, String reason) {
        Actor actor = callers.currentActor();
        Objective objective = objectives.getAtVersion(objectiveId, expectedVersion);
        ObjectiveStatus before = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        Submission submission = Submission.submit(objective, revision,
                submissions.currentChain(reference.programme()).orElse(null), actor, reason);
        em.persist(submission);
        write(objective);
        audit(actor, "objective.submit", objective, before, revision, reason);
        assignNext(submission);
        return objective.getVersion();
    }

    /** Signs off the review step awaiting a decision. */
    @RolesAllowed(Role.Names.REVIEWER)
    public void signOff(long objectiveId, long expectedVersion) {
        Decided decided = decide(objectiveId, expectedVersion, ObjectiveAction.SIGN_OFF, "objective.signOff",
                null, (open, actor, revision) -> open.signOff(actor, revision));
        if (decided.stepCompleted()) {
            assignNext(decided.submission());
        }
    }

    /** Sends the objective back to revision, with the reason (required). */
    @RolesAllowed({Role.Names.REVIEWER, Role.Names.APPROVER})
    public void returnForRevision(long objectiveId, long expectedVersion, String reason) {
        Objective objective = decide(objectiveId, expectedVersion, ObjectiveAction.RETURN_FOR_REVISION,
                "objective.return", reason, (open, actor, revision) -> open.returnForRevision(actor, reason, revision))
                .submission().getObjective();
        fire(objective, TaskKind.REVISE, null, null, Set.of(objective.getContentAuthor()),
                Set.of(Role.NEGOTIATOR), null);
    }

    /** The final approval, once every review step is signed off. */
    @RolesAllowed(Role.Names.APPROVER)
    public void approve(long objectiveId, long expectedVersion) {
        Decided decided = decide(objectiveId, expectedVersion, ObjectiveAction.APPROVE, "objective.approve",
                null, (open, actor, revision) -> open.approve(actor, revision));
        fire(decided.submission().getObjective(), TaskKind.NATO_STEP, null, null, Set.of(), Set.of(Role.NEGOTIATOR), null);
    }

    /** One decision on the open submission, bound to the latest revision. */
    @FunctionalInterface
    private interface DecisionStep {
        void decide(Submission submission, Actor actor, ObjectiveRevision revision);
    }

    /** The submission decided on, and whether the decision completed the step that was due. */
    private record Decided(Submission submission, boolean stepCompleted) {
    }

    /**
     * A decision: the objective at the version the page showed and its open submission, the
     * domain call, the write that turns a racing decision into a translated refusal, the audit
     * event. Tasks are announced by the caller afterwards, once the decision is written.
     */
    private Decided decide(long objectiveId, long expectedVersion, ObjectiveAction action, String auditAction,
                              String reason, DecisionStep step) {
        Actor actor = callers.currentActor();
        Objective objective = objectives.getAtVersion(objectiveId, expectedVersion);
        Submission submission = submissions.getOpen(objective, action);
        ObjectiveStatus before = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        int due = submission.getCurrentStep();
        step.decide(submission, actor, revision);
        write(objective);
        audit(actor, auditAction, objective, before, revision, reason);
        return new Decided(submission, submission.getCurrentStep() != due);
    }

    /** The decision in the audit trail: the status it moved from and to, on which revision. */
    private void audit(Actor actor, String action, Objective objective, ObjectiveStatus before,
                       ObjectiveRevision revision, String reason) {
        auditTrail.record(actor.username(), action, "Objective", objective.getId(),
                AuditJson.object("status", before),
                AuditJson.object("status", objective.getStatus(), "revision", revision.getNumber(),
                        "sha256", revision.getSha256(), "reason", reason));
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The objective's chain, decisions and the caller's possible actions; for whoever may see it. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public ApprovalRecord record(long objectiveId) {
        return queries.record(callers.currentActor(), objectiveId, reference::programme);
    }

    /**
     * An objective's page in one call, one transaction and one persistence context: the objective
     * as {@code ObjectiveService.getObjective} reads it, its approval record (which then finds the
     * objective already loaded) and whether its strategic objective's page may be opened, decided
     * on the strategic objective already read. Three container calls and transactions before,
     * the objective read twice. Refused as {@code getObjective} refuses. Read without copies of
     * what it loads ({@link ReadOnly}): the objective comes back detached, as after any
     * transaction, with all that its page shows loaded by {@code getVisibleForPage}.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
            Role.Names.APPROVER, Role.Names.AUDITOR})
    public ObjectivePage objectivePage(long objectiveId) {
        return ReadOnly.read(em, () -> {
            Actor actor = callers.currentActor();
            Objective objective = objectives.getVisibleForPage(objectiveId, actor);
            boolean parentReadable = objective.getParent().map(parent -> Objectives.canSee(actor, parent))
                    .orElse(false);
            return new ObjectivePage(objective, queries.record(actor, objectiveId, reference::programme),
                    parentReadable);
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    private ObjectiveRevision latestRevision(Objective objective) {
        // Every objective has revision 1 from its creation; without one there is no text to bind to.
        return objectives.latestRevision(objective)
                .orElseThrow(() -> new NoOpenSubmissionException(objective.getCode()));
    }

    /** Tells who is due now: the reviewers of the current step, or the approvers. */
    private void assignNext(Submission submission) {
        Objective objective = submission.getObjective();
        Optional<ReviewStep> step = submission.currentReviewStep();
        if (step.isPresent()) {
            fire(objective, TaskKind.SIGN_OFF, step.get().getPosition(), step.get(),
                    submission.pendingReviewers(), Set.of(), submission.getDueAt().orElse(null));
        } else if (submission.isAwaitingApproval()) {
            fire(objective, TaskKind.APPROVE, null, null, Set.of(), Set.of(Role.APPROVER),
                    submission.getDueAt().orElse(null));
        }
    }

    private void fire(Objective objective, TaskKind kind, Integer position, ReviewStep step,
                      Set<String> usernames, Set<Role> roles, java.time.Instant due) {
        taskAssigned.fire(new TaskAssigned(objective.getId(), objective.getCode(), kind, position,
                step == null ? null : step.getNameEn(), step == null ? null : step.getNameRo(),
                usernames, roles, due));
    }

    /**
     * Writes now, so that a decision that lost a race shows here as a domain exception rather
     * than at commit as a server error; the unique approval per submission catches two
     * approvers at the same moment.
     */
    private void write(Objective objective) {
        Supplier<ConcurrentDecisionException> conflict = () -> new ConcurrentDecisionException(objective.getCode());
        store.flush(conflict, Map.of("uq_approval_decision", conflict));
    }
}
