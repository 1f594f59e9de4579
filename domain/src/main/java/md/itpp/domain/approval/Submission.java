package md.itpp.domain.approval;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.SegregationOfDutiesException;
import md.itpp.domain.objective.SegregationOfDutiesException.Rule;
import md.itpp.domain.objective.TransitionNotAllowedException;

/**
 * One run of an objective's revision through the approval chain: from submission to return or
 * approval. It holds the revision submitted (number, SHA-256, author), which review step awaits
 * a decision, and the decisions taken. It drives the objective's lifecycle: the last review
 * step's sign-off makes it reviewed, a return sends it back to revision, the approval approves it.
 * <p>
 * Every decision changes the submission's version, so two decisions racing each other on one
 * submission cannot both be written: the loser's version-checked update fails.
 */
@Entity
@Table(name = "approval_submission")
@NamedQuery(name = Submission.FIND_BY_OBJECTIVE,
        query = "select s from Submission s where s.objective.id = :objectiveId order by s.id")
@NamedQuery(name = Submission.FIND_IN_STATE_FOR_STATUSES,
        query = "select s from Submission s where s.state = :state and s.objective.status in :statuses"
                + " order by s.id")
@NamedQuery(name = Submission.FIND_OPEN,
        query = "select s from Submission s where s.objective.id = :objectiveId"
                + " and s.state = md.itpp.domain.approval.SubmissionState.OPEN")
@NamedQuery(name = Submission.FIND_TO_SIGN_OFF,
        query = "select s from Submission s join s.chain c join c.steps st join st.reviewers r"
                + " where s.state = md.itpp.domain.approval.SubmissionState.OPEN"
                + " and st.position = s.currentStep and r = :username and s.revisionAuthor <> :username"
                + " and not exists (select d from Decision d where d.submission = s and d.username = :username)"
                + " order by s.dueAt, s.submittedAt, s.id")
@NamedQuery(name = Submission.COUNT_TO_SIGN_OFF,
        query = "select count(s) from Submission s join s.chain c join c.steps st join st.reviewers r"
                + " where s.state = md.itpp.domain.approval.SubmissionState.OPEN"
                + " and st.position = s.currentStep and r = :username and s.revisionAuthor <> :username"
                + " and not exists (select d from Decision d where d.submission = s and d.username = :username)")
@NamedQuery(name = Submission.FIND_TO_APPROVE,
        query = "select s from Submission s where s.state = md.itpp.domain.approval.SubmissionState.OPEN"
                + " and s.currentStep = s.stepCount and s.revisionAuthor <> :username"
                + " and not exists (select d from Decision d where d.submission = s and d.username = :username)"
                + " order by s.dueAt, s.submittedAt, s.id")
@NamedQuery(name = Submission.COUNT_TO_APPROVE,
        query = "select count(s) from Submission s where s.state = md.itpp.domain.approval.SubmissionState.OPEN"
                + " and s.currentStep = s.stepCount and s.revisionAuthor <> :username"
                + " and not exists (select d from Decision d where d.submission = s and d.username = :username)")
@NamedQuery(name = Submission.FIND_OVERDUE,
        query = "select s from Submission s where s.state = md.itpp.domain.approval.SubmissionState.OPEN"
                + " and s.dueAt < :now order by s.dueAt")
public class Submission implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code objectiveId}: every submission of the objective, oldest first. */
    public static final String FIND_BY_OBJECTIVE = "Submission.findByObjective";
    /**
     * Parameters {@code state} and {@code statuses}: the submissions in that state of the objectives
     * in those statuses, oldest first.
     */
    public static final String FIND_IN_STATE_FOR_STATUSES = "Submission.findInStateForStatuses";
    /** Parameter {@code objectiveId}. */
    public static final String FIND_OPEN = "Submission.findOpen";
    /** Parameter {@code username}: open submissions whose current step names that reviewer. */
    public static final String FIND_TO_SIGN_OFF = "Submission.findToSignOff";
    /** Parameter {@code username}. */
    public static final String COUNT_TO_SIGN_OFF = "Submission.countToSignOff";
    /** Parameter {@code username}: open submissions awaiting approval that person may approve. */
    public static final String FIND_TO_APPROVE = "Submission.findToApprove";
    /** Parameter {@code username}. */
    public static final String COUNT_TO_APPROVE = "Submission.countToApprove";
    /** Parameter {@code now}. */
    public static final String FIND_OVERDUE = "Submission.findOverdue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private Objective objective;

    @ManyToOne(optional = false)
    @JoinColumn(name = "chain_id", nullable = false, updatable = false)
    private ApprovalChain chain;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(name = "revision_sha256", length = ObjectiveRevision.HASH_LENGTH, nullable = false, updatable = false)
    private String revisionSha256;

    @Column(name = "revision_author", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String revisionAuthor;

    @Column(name = "submitted_by", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "reason", length = Objective.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 32, nullable = false)
    private SubmissionState state;

    /** The review step awaiting a decision, from 0; equal to {@link #stepCount} when awaiting approval. */
    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "step_count", nullable = false, updatable = false)
    private int stepCount;

    /** Counts the decisions; changed by each, so that each changes the version. */
    @Column(name = "decision_count", nullable = false)
    private int decisionCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Decision> decisions = new ArrayList<>();

    protected Submission() {
    }

    /**
     * Submits the objective's current revision through the chain. The objective's own rules
     * decide whether the actor may submit now and whether a reason is needed (submitting a
     * draft without consultation).
     *
     * @param revision the objective's latest revision: the text that will be decided on
     */
    public static Submission submit(Objective objective, ObjectiveRevision revision, ApprovalChain chain,
                                    Actor actor, String reason) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        if (!ObjectiveAction.SUBMIT.permits(objective.getStatus(), actor)) {
            throw new TransitionNotAllowedException(ObjectiveAction.SUBMIT, objective.getStatus());
        }
        if (chain == null) {
            throw new NoApprovalChainException();
        }
        objective.submit(actor, reason);
        Submission submission = new Submission();
        submission.objective = objective;
        submission.chain = chain;
        submission.revisionNumber = revision.getNumber();
        submission.revisionSha256 = revision.getSha256();
        submission.revisionAuthor = revision.getAuthor();
        submission.submittedBy = actor.username();
        submission.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        submission.reason = Texts.optional("reason", reason, Objective.REASON_MAX);
        submission.dueAt = chain.getReviewDays()
                .map(days -> submission.submittedAt.plus(days, ChronoUnit.DAYS)).orElse(null);
        submission.state = SubmissionState.OPEN;
        submission.stepCount = chain.size();
        submission.currentStep = 0;
        return submission;
    }

    // ---- decisions -------------------------------------------------------------------------

    /**
     * Signs off the review step that awaits a decision. The actor must be one of that step's
     * reviewers, not the author of the revision, and must not have decided on another step of
     * this submission. The step's rule says whether it is now done; the last step done makes
     * the objective reviewed.
     *
     * @param current the objective's latest revision, which must still be the one submitted
     */
    public void signOff(Actor actor, ObjectiveRevision current) {
        checkOpen(current);
        Objective target = objective;
        if (isAwaitingApproval()) {
            throw new TransitionNotAllowedException(ObjectiveAction.SIGN_OFF, target.getStatus());
        }
        target.checkSignOff(actor);
        if (actor.is(revisionAuthor)) {
            throw new SegregationOfDutiesException(Rule.AUTHOR_SIGNS_OFF);
        }
        Optional<Decision> earlier = decisionBy(actor.username());
        if (earlier.isPresent()) {
            if (earlier.get().getStepPosition() != currentStep) {
                throw new SegregationOfDutiesException(Rule.TWO_STEPS_ONE_PERSON);
            }
            throw new AlreadyDecidedException(target.getCode());
        }
        ReviewStep step = chain.step(currentStep);
        if (!step.names(actor.username())) {
            throw new NotAssignedException(target.getCode());
        }
        record(new Decision(this, DecisionKind.SIGN_OFF, currentStep, actor, null));
        if (step.isCompletedBy(signersOf(currentStep))) {
            currentStep++;
            if (isAwaitingApproval()) {
                target.signOff(actor);
            }
        }
    }

    /**
     * Sends the objective back to revision, with the reason. A reviewer of any step of the
     * chain may, and an approver; nobody who already decided on this submission.
     */
    public void returnForRevision(Actor actor, String reasonGiven, ObjectiveRevision current) {
        checkOpen(current);
        Objective target = objective;
        if (!ObjectiveAction.RETURN_FOR_REVISION.permits(target.getStatus(), actor)) {
            throw new TransitionNotAllowedException(ObjectiveAction.RETURN_FOR_REVISION, target.getStatus());
        }
        boolean namedReviewer = actor.hasRole(Role.REVIEWER)
                && chain.getSteps().stream().anyMatch(s -> s.names(actor.username()));
        if (!namedReviewer && !actor.hasRole(Role.APPROVER)) {
            throw new NotAssignedException(target.getCode());
        }
        if (decisionBy(actor.username()).isPresent()) {
            throw new AlreadyDecidedException(target.getCode());
        }
        target.returnForRevision(actor, reasonGiven);
        record(new Decision(this, DecisionKind.RETURN, currentStep, actor,
                target.getStatusReason().orElse(null)));
        close(SubmissionState.RETURNED);
    }

    /**
     * The final approval, once every review step is done. Neither the revision's author nor
     * anyone who signed off a step may approve.
     */
    public void approve(Actor actor, ObjectiveRevision current) {
        checkOpen(current);
        Objective target = objective;
        if (!ObjectiveAction.APPROVE.permits(target.getStatus(), actor)) {
            throw new TransitionNotAllowedException(ObjectiveAction.APPROVE, target.getStatus());
        }
        if (!isAwaitingApproval()) {
            throw new ChainNotCompleteException(target.getCode());
        }
        if (actor.is(revisionAuthor)) {
            throw new SegregationOfDutiesException(Rule.AUTHOR_APPROVES);
        }
        if (decisionBy(actor.username()).isPresent()) {
            throw new SegregationOfDutiesException(Rule.TWO_STEPS_ONE_PERSON);
        }
        target.approve(actor);
        record(new Decision(this, DecisionKind.APPROVAL, stepCount, actor, null));
        close(SubmissionState.APPROVED);
    }

    private void checkOpen(ObjectiveRevision current) {
        if (state != SubmissionState.OPEN) {
            throw new NoOpenSubmissionException(objective.getCode());
        }
        if (current == null || !revisionSha256.equals(current.getSha256())) {
            // The text is locked while submitted; a different revision means someone moved it on.
            throw new ConcurrentDecisionException(objective.getCode());
        }
    }

    private void record(Decision decision) {
        decisions.add(decision);
        decisionCount++;
    }

    private void close(SubmissionState outcome) {
        state = outcome;
        closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The decisions the actor may take on this submission now: the objective's lifecycle
     * permits them and neither the chain nor segregation of duties bars the actor. A page
     * offers exactly these; the methods above check the same again.
     */
    public Set<ObjectiveAction> availableActions(Actor actor) {
        Set<ObjectiveAction> available = java.util.EnumSet.noneOf(ObjectiveAction.class);
        if (state != SubmissionState.OPEN) {
            return available;
        }
        Set<ObjectiveAction> lifecycle = objective.availableActions(actor);
        boolean decided = decisionBy(actor.username()).isPresent();
        boolean author = actor.is(revisionAuthor);
        if (lifecycle.contains(ObjectiveAction.SIGN_OFF) && !decided && !author
                && currentReviewStep().map(step -> step.names(actor.username())).orElse(false)) {
            available.add(ObjectiveAction.SIGN_OFF);
        }
        boolean namedReviewer = actor.hasRole(Role.REVIEWER)
                && chain.getSteps().stream().anyMatch(step -> step.names(actor.username()));
        if (lifecycle.contains(ObjectiveAction.RETURN_FOR_REVISION) && !decided
                && (namedReviewer || actor.hasRole(Role.APPROVER))) {
            available.add(ObjectiveAction.RETURN_FOR_REVISION);
        }
        if (lifecycle.contains(ObjectiveAction.APPROVE) && isAwaitingApproval() && !decided && !author) {
            available.add(ObjectiveAction.APPROVE);
        }
        return available;
    }

    // ---- reading ---------------------------------------------------------------------------

    private Optional<Decision> decisionBy(String username) {
        return decisions.stream().filter(d -> d.getUsername().equals(username)).findFirst();
    }

    /** Who signed off the step so far. */
    public Set<String> signersOf(int position) {
        return decisions.stream()
                .filter(d -> d.getKind() == DecisionKind.SIGN_OFF && d.getStepPosition() == position)
                .map(Decision::getUsername)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Whether every review step is done and the approval is awaited. */
    public boolean isAwaitingApproval() {
        return state == SubmissionState.OPEN && currentStep >= stepCount;
    }

    /** The review step awaiting a decision; empty when awaiting approval or closed. */
    public Optional<ReviewStep> currentReviewStep() {
        return state == SubmissionState.OPEN && currentStep < stepCount
                ? Optional.of(chain.step(currentStep)) : Optional.empty();
    }

    /** The reviewers of the current step who have not signed off yet. */
    public Set<String> pendingReviewers() {
        return currentReviewStep().map(step -> {
            Set<String> signed = signersOf(step.getPosition());
            return step.getReviewers().stream().filter(r -> !signed.contains(r))
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }).orElse(new java.util.LinkedHashSet<>());
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public ApprovalChain getChain() {
        return chain;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getRevisionSha256() {
        return revisionSha256;
    }

    public String getRevisionAuthor() {
        return revisionAuthor;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> getDueAt() {
        return Optional.ofNullable(dueAt);
    }

    public SubmissionState getState() {
        return state;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public int getStepCount() {
        return stepCount;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long getVersion() {
        return version;
    }

    /** Oldest first; an unmodifiable view. */
    public List<Decision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }
}
