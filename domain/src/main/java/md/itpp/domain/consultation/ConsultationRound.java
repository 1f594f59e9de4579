package md.itpp.domain.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.Institution;

/**
 * A consultation round: the aggregate root for its objectives (frozen at opening), its
 * invitations (one per institution, with the institution's position) and the comments.
 * Every change is a method that checks the state, the caller and, for consultees, the deadline.
 * <p>
 * Opening moves each objective to {@link ObjectiveStatus#IN_CONSULTATION} and freezes the
 * revision consultees see; closing moves them to {@link ObjectiveStatus#IN_REVISION}, where
 * the negotiators can write the accepted proposals into the draft.
 */
@Entity
@Table(name = "consultation_round")
@NamedQuery(name = ConsultationRound.LIST_ALL,
        query = "select r from ConsultationRound r order by r.createdAt desc, r.id desc")
@NamedQuery(name = ConsultationRound.SUMMARIES,
        query = ConsultationRound.SUMMARY_COLUMNS
                + " from ConsultationRound r order by r.createdAt desc, r.id desc")
@NamedQuery(name = ConsultationRound.SUMMARIES_FOR_INSTITUTION,
        query = ConsultationRound.SUMMARY_COLUMNS
                + ", own.submittedAt, own.position from ConsultationRound r"
                + " join Invitation own on own.round = r and own.institution.id = :institutionId"
                + " where r.state <> md.itpp.domain.consultation.RoundState.PLANNED"
                + " order by r.createdAt desc, r.id desc")
@NamedQuery(name = ConsultationRound.OVERDUE_IDS,
        query = "select r.id from ConsultationRound r where r.state = md.itpp.domain.consultation.RoundState.OPEN"
                + " and r.deadline <= :now")
@NamedQuery(name = ConsultationRound.CLAIM_CLOSE,
        query = "update ConsultationRound r set r.state = md.itpp.domain.consultation.RoundState.CLOSED,"
                + " r.closedAt = :now, r.closedAutomatically = true, r.version = r.version + 1"
                + " where r.id = :id and r.state = md.itpp.domain.consultation.RoundState.OPEN and r.deadline <= :now")
@NamedQuery(name = ConsultationRound.COUNT_OPEN,
        query = "select count(r) from ConsultationRound r where r.state = md.itpp.domain.consultation.RoundState.OPEN")
public class ConsultationRound implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many rounds are open now (the operations figures). */
    public static final String COUNT_OPEN = "ConsultationRound.countOpen";

    /** Every round, newest first. */
    public static final String LIST_ALL = "ConsultationRound.listAll";
    /**
     * Every round's line on the rounds page, newest first, as values (no round loaded): id,
     * title, state, deadline, and how many objectives, invitations and submitted positions.
     */
    public static final String SUMMARIES = "ConsultationRound.summaries";
    /** The columns of {@link #SUMMARIES}: the round's own, then its counts as subqueries. */
    static final String SUMMARY_COLUMNS = "select r.id, r.title, r.state, r.deadline,"
            + " (select count(o) from RoundObjective o where o.round = r),"
            + " (select count(i) from Invitation i where i.round = r),"
            + " (select count(i.submittedAt) from Invitation i where i.round = r)";
    /**
     * Parameter {@code institutionId}: the lines of the rounds (opened at least) the institution
     * is invited to, as {@link #SUMMARIES}, then its own invitation's submission time and position.
     */
    public static final String SUMMARIES_FOR_INSTITUTION = "ConsultationRound.summariesForInstitution";
    /** Parameter {@code now}: ids of open rounds whose deadline has passed. */
    public static final String OVERDUE_IDS = "ConsultationRound.overdueIds";
    /**
     * Parameters {@code id}, {@code now}: closes the round if it is still open and overdue.
     * Returns 1 for the one node (or thread) that wins, 0 for every other.
     */
    public static final String CLAIM_CLOSE = "ConsultationRound.claimClose";

    public static final int TITLE_MAX = 300;

    /**
     * Who closes objectives when the deadline closes a round: the scheduler, acting within
     * the negotiators' rules (closing a consultation is theirs).
     */
    public static final Actor DEADLINE = new Actor("deadline", Set.of(Role.NEGOTIATOR), null);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title", length = TITLE_MAX, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 32, nullable = false)
    private RoundState state;

    @Column(name = "deadline", nullable = false)
    private Instant deadline;

    @Column(name = "created_by", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_automatically", nullable = false)
    private boolean closedAutomatically;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RoundObjective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Invitation> invitations = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ConsultationComment> comments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConsultationRound() {
    }

    /** A new planned round. */
    public ConsultationRound(Actor negotiator, String title, Instant deadline) {
        checkNegotiator(negotiator);
        this.title = Texts.required("title", title, TITLE_MAX);
        this.deadline = requireDeadline(deadline);
        this.state = RoundState.PLANNED;
        this.createdBy = negotiator.username();
        this.createdAt = now();
    }

    // ---- configuring ---------------------------------------------------------------------

    public void change(Actor negotiator, String newTitle, Instant newDeadline) {
        checkNegotiator(negotiator);
        checkState(RoundState.PLANNED);
        this.title = Texts.required("title", newTitle, TITLE_MAX);
        this.deadline = requireDeadline(newDeadline);
    }

    /** Adds the objective (once); it must be one that can go to consultation. */
    public void addObjective(Actor negotiator, Objective objective) {
        checkNegotiator(negotiator);
        checkState(RoundState.PLANNED);
        Objects.requireNonNull(objective, "objective");
        if (!eligible(objective)) {
            throw new ObjectiveNotEligibleException(objective.getCode());
        }
        if (findObjective(objective.getId()).isEmpty()) {
            objectives.add(new RoundObjective(this, objective));
        }
    }

    public void removeObjective(Actor negotiator, long objectiveId) {
        checkNegotiator(negotiator);
        checkState(RoundState.PLANNED);
        objectives.removeIf(o -> o.getObjective().getId() == objectiveId);
    }

    /** Whether an objective may be put to consultation now: in draft or in revision. */
    public static boolean eligible(Objective objective) {
        return objective.getStatus() == ObjectiveStatus.DRAFT || objective.getStatus() == ObjectiveStatus.IN_REVISION;
    }

    /** Replaces the invited institutions. */
    public void invite(Actor negotiator, Collection<Institution> institutions) {
        checkNegotiator(negotiator);
        checkState(RoundState.PLANNED);
        invitations.removeIf(i -> !institutions.contains(i.getInstitution()));
        for (Institution institution : institutions) {
            if (findInvitation(institution.getId()).isEmpty()) {
                invitations.add(new Invitation(this, institution));
            }
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------

    /**
     * Opens the round: every objective enters consultation and its latest revision is frozen as
     * what the institutions see.
     *
     * @param latestRevision the objective's newest revision
     */
    public void open(Actor negotiator, Instant now, Function<Objective, ObjectiveRevision> latestRevision) {
        checkNegotiator(negotiator);
        checkState(RoundState.PLANNED);
        if (objectives.isEmpty() || invitations.isEmpty()) {
            throw new RoundIncompleteException();
        }
        if (!deadline.isAfter(now)) {
            throw new DeadlineNotInFutureException();
        }
        for (RoundObjective item : objectives) {
            Objective objective = item.getObjective();
            if (!eligible(objective)) {
                throw new ObjectiveNotEligibleException(objective.getCode());
            }
            objective.openConsultation(negotiator);
            item.freeze(latestRevision.apply(objective));
        }
        this.state = RoundState.OPEN;
        this.openedAt = now;
    }

    /** Closes the round by hand, before or after the deadline. */
    public void close(Actor negotiator, Instant now) {
        checkNegotiator(negotiator);
        checkState(RoundState.OPEN);
        this.state = RoundState.CLOSED;
        this.closedAt = now;
        releaseObjectives(negotiator);
    }

    /**
     * What follows the scheduler's claim ({@link #CLAIM_CLOSE}), which already set the state in
     * the database: the objectives leave consultation.
     */
    public void closedAtDeadline() {
        if (state != RoundState.CLOSED) {
            throw new RoundStateException(state);
        }
        releaseObjectives(DEADLINE);
    }

    private void releaseObjectives(Actor actor) {
        for (RoundObjective item : objectives) {
            if (item.getObjective().getStatus() == ObjectiveStatus.IN_CONSULTATION) {
                item.getObjective().closeConsultation(actor);
            }
        }
    }

    /** Makes the comment-resolution table final: only once every submitted comment has a disposition. */
    public void finalizeSynthesis(Actor negotiator, Instant now) {
        checkNegotiator(negotiator);
        checkState(RoundState.CLOSED);
        long missing = undisposedCount();
        if (missing > 0) {
            throw new SynthesisIncompleteException(missing);
        }
        this.state = RoundState.SYNTHESIS_FINAL;
        this.finalizedAt = now;
    }

    public long undisposedCount() {
        return comments.stream()
                .filter(c -> c.getStatus() == CommentStatus.SUBMITTED && c.getDisposition().isEmpty())
                .count();
    }

    // ---- institutions --------------------------------------------------------------------

    /** A new draft comment by an expert or the focal point of an invited institution. */
    public ConsultationComment comment(Participant author, long objectiveId, CommentField field, CommentType type,
                                       String text, String proposedWording, Instant now) {
        Invitation invitation = invitationFor(author);
        invitation.checkOpenForInput(now);
        RoundObjective item = findObjective(objectiveId)
                .orElseThrow(() -> ValidationException.invalid("objective"));
        ConsultationComment comment = new ConsultationComment(this, invitation, item, author.username(),
                field, type, text, proposedWording, now);
        comments.add(comment);
        return comment;
    }

    /** The invitation of the participant's institution; an uninvited caller learns nothing. */
    public Invitation invitationFor(Participant participant) {
        if (state == RoundState.PLANNED || participant.institutionId() == null
                || !participant.consultsFor(participant.institutionId())) {
            throw new md.itpp.domain.AccessDeniedException();
        }
        return findInvitation(participant.institutionId())
                .orElseThrow(md.itpp.domain.AccessDeniedException::new);
    }

    /** Whether the participant may see the round at all. */
    public boolean visibleTo(Participant participant) {
        if (participant.isNegotiator() || participant.actor().hasRole(Role.AUDITOR)) {
            return true;
        }
        return state != RoundState.PLANNED && participant.institutionId() != null
                && participant.consultsFor(participant.institutionId())
                && findInvitation(participant.institutionId()).isPresent();
    }

    /**
     * Who reads the dispositions and their justifications: negotiators and auditors as they are
     * recorded; the institutions once the synthesis is final (the point of the synthesis: each
     * learns what became of its comments), not while the negotiators may still change them.
     */
    public boolean dispositionsVisibleTo(Participant participant) {
        return participant.isNegotiator() || participant.actor().hasRole(Role.AUDITOR)
                || state == RoundState.SYNTHESIS_FINAL;
    }

    /** Rounds past their deadline accept nothing more from the institutions. */
    public boolean acceptsInput(Instant now) {
        return state == RoundState.OPEN && now.isBefore(deadline);
    }

    // ---- helpers -------------------------------------------------------------------------

    void checkState(RoundState... allowed) {
        for (RoundState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new RoundStateException(state);
    }

    static void checkNegotiator(Actor actor) {
        if (actor == null || !actor.hasRole(Role.NEGOTIATOR)) {
            throw new md.itpp.domain.AccessDeniedException();
        }
    }

    private static Instant requireDeadline(Instant deadline) {
        if (deadline == null) {
            throw ValidationException.required("deadline");
        }
        return deadline.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Optional<RoundObjective> findObjective(long objectiveId) {
        return objectives.stream().filter(o -> o.getObjective().getId() == objectiveId).findFirst();
    }

    public Optional<Invitation> findInvitation(Long institutionId) {
        return invitations.stream().filter(i -> i.getInstitution().getId().equals(institutionId)).findFirst();
    }

    public Optional<ConsultationComment> findComment(long commentId) {
        return comments.stream().filter(c -> c.getId() != null && c.getId() == commentId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public RoundState getState() {
        return state;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getOpenedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public boolean isClosedAutomatically() {
        return closedAutomatically;
    }

    public Optional<Instant> getFinalizedAt() {
        return Optional.ofNullable(finalizedAt);
    }

    public List<RoundObjective> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }

    public List<Invitation> getInvitations() {
        return Collections.unmodifiableList(invitations);
    }

    /** Every comment, drafts included: services filter what each caller may see. */
    public List<ConsultationComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    /** The comments sent with submitted positions, in table order: objective, institution, id. */
    public List<ConsultationComment> submittedComments() {
        return comments.stream().filter(c -> c.getStatus() == CommentStatus.SUBMITTED)
                .sorted(Comparator.comparing((ConsultationComment c) -> c.getRoundObjective().getObjective().getCode())
                        .thenComparing(c -> c.getInvitation().getInstitution().getCode())
                        .thenComparing(ConsultationComment::getId))
                .toList();
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ConsultationRound[" + id + " " + state + "]";
    }
}
