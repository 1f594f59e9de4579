package md.itpp.persistence.approval;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.ConcurrentDecisionException;
import md.itpp.domain.approval.Decision;
import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.approval.NoOpenSubmissionException;
import md.itpp.domain.approval.ReviewStep;
import md.itpp.domain.approval.StepDefinition;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.approval.SubmissionState;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.TransitionNotAllowedException;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.reference.ReferenceService;

/**
 * Review and approval: configuring the programme's approval chain, submitting an objective's
 * latest revision through it, signing off, returning and approving. Each decision loads the
 * objective and its open submission, calls one domain method and writes at once, so that a
 * decision racing another on the same objective fails here, as {@link ConcurrentDecisionException},
 * and not at commit.
 * <p>
 * Every decision is checked against the version of the objective the caller's page showed: a
 * decision on a page that is out of date is refused with {@link ConcurrentEditException}.
 * Where a task is assigned, a {@link TaskAssigned} event is fired.
 */
@Stateless
public class ApprovalService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private ObjectiveService objectives;

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
                    directory.put(username, em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                            .setParameter("username", username).getResultStream()
                            .filter(Account::isEnabled)
                            .findFirst().map(Account::getRoles).orElse(Set.of()));
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
        return em.createNamedQuery(ApprovalChain.FIND_CURRENT, ApprovalChain.class)
                .setParameter("programmeId", reference.programme().getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    // ---- decisions -------------------------------------------------------------------------

    /**
     * Submits the objective's latest revision through the programme's chain. From draft,
     * without consultation, a reason is required.
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void submit(long objectiveId, long expectedVersion, String reason) {
        Actor actor = callers.currentActor();
        Objective objective = load(objectiveId, expectedVersion);
        ObjectiveStatus before = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        Submission submission = Submission.submit(objective, revision, currentChain().orElse(null), actor, reason);
        em.persist(submission);
        flush(objective);
        audit(actor, "objective.submit", objective, before, revision, reason);
        assignNext(submission);
    }

    /** Signs off the review step awaiting a decision. */
    @RolesAllowed(Role.Names.REVIEWER)
    public void signOff(long objectiveId, long expectedVersion) {
        Actor actor = callers.currentActor();
        Objective objective = load(objectiveId, expectedVersion);
        Submission submission = openSubmission(objective, ObjectiveAction.SIGN_OFF);
        int before = submission.getCurrentStep();
        ObjectiveStatus status = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        submission.signOff(actor, revision);
        flush(objective);
        audit(actor, "objective.signOff", objective, status, revision, null);
        if (submission.getCurrentStep() != before) {
            assignNext(submission);
        }
    }

    /** Sends the objective back to revision, with the reason (required). */
    @RolesAllowed({Role.Names.REVIEWER, Role.Names.APPROVER})
    public void returnForRevision(long objectiveId, long expectedVersion, String reason) {
        Actor actor = callers.currentActor();
        Objective objective = load(objectiveId, expectedVersion);
        Submission submission = openSubmission(objective, ObjectiveAction.RETURN_FOR_REVISION);
        ObjectiveStatus before = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        submission.returnForRevision(actor, reason, revision);
        flush(objective);
        audit(actor, "objective.return", objective, before, revision, reason);
        fire(objective, TaskKind.REVISE, null, null, Set.of(objective.getContentAuthor()),
                Set.of(Role.NEGOTIATOR), null);
    }

    /** The final approval, once every review step is signed off. */
    @RolesAllowed(Role.Names.APPROVER)
    public void approve(long objectiveId, long expectedVersion) {
        Actor actor = callers.currentActor();
        Objective objective = load(objectiveId, expectedVersion);
        Submission submission = openSubmission(objective, ObjectiveAction.APPROVE);
        ObjectiveStatus before = objective.getStatus();
        ObjectiveRevision revision = latestRevision(objective);
        submission.approve(actor, revision);
        flush(objective);
        audit(actor, "objective.approve", objective, before, revision, null);
        fire(objective, TaskKind.NATO_STEP, null, null, Set.of(), Set.of(Role.NEGOTIATOR), null);
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
        Actor actor = callers.currentActor();
        Objective objective = objectives.getObjective(objectiveId);
        Optional<ObjectiveRevision> latest = findLatestRevision(objective);
        String currentSha = latest.map(ObjectiveRevision::getSha256).orElse("");
        List<Submission> submissions = em.createQuery(
                        "select s from Submission s where s.objective.id = :objectiveId order by s.id", Submission.class)
                .setParameter("objectiveId", objectiveId).getResultList();
        Submission last = submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
        Optional<ApprovalChain> chain = last != null ? Optional.of(last.getChain()) : currentChain();

        List<StepView> steps = new ArrayList<>();
        chain.ifPresent(c -> {
            for (ReviewStep step : c.getSteps()) {
                List<String> signed = last == null ? List.of() : List.copyOf(last.signersOf(step.getPosition()));
                boolean done = last != null && last.getState() != SubmissionState.RETURNED
                        && last.getCurrentStep() > step.getPosition();
                boolean current = last != null && last.getState() == SubmissionState.OPEN
                        && last.getCurrentStep() == step.getPosition();
                steps.add(new StepView(step.getPosition(), step.getNameEn(), step.getNameRo(), step.getRule(),
                        List.copyOf(step.getReviewers()), signed, done, current));
            }
        });

        List<DecisionView> decisions = new ArrayList<>();
        for (Submission submission : submissions) {
            for (Decision decision : submission.getDecisions()) {
                boolean approval = decision.getKind() == DecisionKind.APPROVAL;
                ReviewStep step = !approval && decision.getStepPosition() < submission.getStepCount()
                        ? submission.getChain().step(decision.getStepPosition()) : null;
                decisions.add(new DecisionView(submission.getId(), decision.getKind(),
                        decision.getStepPosition() + 1,
                        step == null ? "" : step.getNameEn(), step == null ? "" : step.getNameRo(),
                        decision.getUsername(), decision.getDecidedAt(), decision.getRevisionNumber(),
                        decision.getRevisionSha256(), decision.getReason().orElse(""),
                        decision.isStaleAgainst(currentSha), submission == last));
            }
        }

        Set<ObjectiveAction> actions = EnumSet.noneOf(ObjectiveAction.class);
        Set<ObjectiveAction> lifecycle = objective.availableActions(actor);
        for (ObjectiveAction action : lifecycle) {
            switch (action) {
                case SUBMIT -> {
                    if (chain.isPresent() && latest.isPresent()) {
                        actions.add(action);
                    }
                }
                case SIGN_OFF, RETURN_FOR_REVISION, APPROVE -> { }
                default -> actions.add(action);
            }
        }
        if (last != null && last.getState() == SubmissionState.OPEN) {
            actions.addAll(last.availableActions(actor));
        }
        return new ApprovalRecord(latest.map(ObjectiveRevision::getNumber).orElse(0), currentSha,
                currentChain().isPresent(), last == null ? null : last.getState(),
                last == null ? null : last.getRevisionNumber(),
                last == null ? null : last.getDueAt().orElse(null),
                last != null && last.isAwaitingApproval(), steps, decisions, actions);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Objective load(long objectiveId, long expectedVersion) {
        Objective objective = objectives.getObjective(objectiveId);
        if (objective.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(objective.getId(), objective.getCode());
        }
        return objective;
    }

    /**
     * The open submission. An objective in review without one (e.g. moved there before chains
     * existed) cannot be decided through the chain; the lifecycle's own refusal comes first so
     * that a caller without the right role or status hears that.
     */
    private Submission openSubmission(Objective objective, ObjectiveAction action) {
        Optional<Submission> open = em.createNamedQuery(Submission.FIND_OPEN, Submission.class)
                .setParameter("objectiveId", objective.getId())
                .getResultStream().findFirst();
        if (open.isEmpty()) {
            if (!action.isAllowedFrom(objective.getStatus())) {
                throw new TransitionNotAllowedException(action, objective.getStatus());
            }
            throw new NoOpenSubmissionException(objective.getCode());
        }
        return open.get();
    }

    private Optional<ObjectiveRevision> findLatestRevision(Objective objective) {
        return em.createNamedQuery(ObjectiveRevision.FIND_LATEST, ObjectiveRevision.class)
                .setParameter("objectiveId", objective.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private ObjectiveRevision latestRevision(Objective objective) {
        // Every objective has revision 1 from its creation; without one there is no text to bind to.
        return findLatestRevision(objective)
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
     * than at commit as a server error.
     */
    private void flush(Objective objective) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException
                 | StaleStateException e) {
            throw new ConcurrentDecisionException(objective.getCode());
        } catch (PersistenceException e) {
            if (violates(e, "uq_approval_decision")) {
                throw new ConcurrentDecisionException(objective.getCode());
            }
            throw e;
        }
    }

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

    /** Used by the task list: whether the objective is in a status negotiators act on. */
    static boolean negotiatorsAct(ObjectiveStatus status) {
        return status.isEditable() || status == ObjectiveStatus.APPROVED || status == ObjectiveStatus.SENT_TO_NATO
                || status == ObjectiveStatus.NATO_COMMENTS || status == ObjectiveStatus.AGREED;
    }
}
