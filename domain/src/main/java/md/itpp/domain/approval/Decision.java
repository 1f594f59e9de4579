package md.itpp.domain.approval;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
import jakarta.persistence.Table;

import md.itpp.domain.account.Actor;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;

/**
 * One decision on a submitted revision: who, when (UTC), what, and the number and SHA-256 of
 * the exact revision decided on. Written once, never changed. The database allows one decision
 * per person and submission, and one approval per submission, so two people approving at the
 * same moment cannot both succeed.
 */
@Entity
@Table(name = "approval_decision")
@NamedQuery(name = Decision.FIND_BY_OBJECTIVE,
        query = "select d from Decision d join fetch d.submission s where s.objective.id = :objectiveId"
                + " order by d.decidedAt, d.id")
@NamedQuery(name = Decision.FIND_APPROVALS_BY_OBJECTIVES,
        query = "select d from Decision d join fetch d.submission s where s.objective.id in :objectiveIds"
                + " and d.kind = md.itpp.domain.approval.DecisionKind.APPROVAL order by d.decidedAt")
@NamedQuery(name = Decision.COUNT_ALL, query = "select count(d) from Decision d")
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many decisions were ever recorded (the operations figures). */
    public static final String COUNT_ALL = "Decision.countAll";

    /** Parameter {@code objectiveId}; oldest first. */
    public static final String FIND_BY_OBJECTIVE = "Decision.findByObjective";
    /** Parameter {@code objectiveIds}; approvals only, oldest first. */
    public static final String FIND_APPROVALS_BY_OBJECTIVES = "Decision.findApprovalsByObjectives";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false, updatable = false)
    private DecisionKind kind;

    /** The review step decided on (from 0); the chain's length for the final approval. */
    @Column(name = "step_position", nullable = false, updatable = false)
    private int stepPosition;

    @Column(name = "username", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String username;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(name = "revision_sha256", length = ObjectiveRevision.HASH_LENGTH, nullable = false, updatable = false)
    private String revisionSha256;

    @Column(name = "reason", length = Objective.REASON_MAX, updatable = false)
    private String reason;

    /** The submission's id on an approval, empty otherwise: unique, so one approval per submission. */
    @Column(name = "approval_of", unique = true, updatable = false)
    private Long approvalOf;

    protected Decision() {
    }

    Decision(Submission submission, DecisionKind kind, int stepPosition, Actor actor, String reason) {
        this.submission = submission;
        this.kind = kind;
        this.stepPosition = stepPosition;
        this.username = actor.username();
        this.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.revisionNumber = submission.getRevisionNumber();
        this.revisionSha256 = submission.getRevisionSha256();
        this.reason = reason;
        this.approvalOf = kind == DecisionKind.APPROVAL ? submission.getId() : null;
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public int getStepPosition() {
        return stepPosition;
    }

    public String getUsername() {
        return username;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getRevisionSha256() {
        return revisionSha256;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Whether the text changed since this decision: the objective's current revision is not
     * the one decided on. A stale sign-off or approval no longer vouches for the text.
     */
    public boolean isStaleAgainst(String currentSha256) {
        return !revisionSha256.equals(currentSha256);
    }
}
