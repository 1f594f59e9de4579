package md.itpp.domain.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
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
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveRevision;

/**
 * An institution's comment on one objective of a round (and one of its fields), with an
 * optional proposed wording; then the negotiator's disposition and, when a proposed wording
 * was written into the draft, the revision that did it.
 */
@Entity
@Table(name = "consultation_comment")
@NamedQuery(name = ConsultationComment.SUBMITTED_PAGE,
        query = "select c from ConsultationComment c join fetch c.invitation i join fetch i.institution inst"
                + " join fetch c.roundObjective ro join fetch ro.objective o where c.round.id = :roundId"
                + " and c.status = md.itpp.domain.consultation.CommentStatus.SUBMITTED order by o.code, inst.code, c.id")
@NamedQuery(name = ConsultationComment.SUBMITTED_COUNT,
        query = "select count(c) from ConsultationComment c where c.round.id = :roundId"
                + " and c.status = md.itpp.domain.consultation.CommentStatus.SUBMITTED")
@NamedQuery(name = ConsultationComment.INSTITUTION_PAGE,
        query = "select c from ConsultationComment c join fetch c.invitation i join fetch i.institution inst"
                + " join fetch c.roundObjective ro join fetch ro.objective o where c.round.id = :roundId"
                + " and inst.id = :institutionId order by o.code, inst.code, c.id")
@NamedQuery(name = ConsultationComment.INSTITUTION_COUNT,
        query = "select count(c) from ConsultationComment c where c.round.id = :roundId"
                + " and c.invitation.institution.id = :institutionId")
@NamedQuery(name = ConsultationComment.UNDISPOSED_COUNT,
        query = "select count(c) from ConsultationComment c where c.round.id = :roundId"
                + " and c.status = md.itpp.domain.consultation.CommentStatus.SUBMITTED and c.disposition is null")
public class ConsultationComment implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Parameter {@code roundId}: the submitted comments in table order (objective, institution,
     * id), with their invitation, institution and objective; read a page at a time.
     */
    public static final String SUBMITTED_PAGE = "ConsultationComment.submittedPage";
    /** Parameter {@code roundId}: how many {@link #SUBMITTED_PAGE} has. */
    public static final String SUBMITTED_COUNT = "ConsultationComment.submittedCount";
    /** Parameters {@code roundId}, {@code institutionId}: one institution's comments, drafts too, in table order. */
    public static final String INSTITUTION_PAGE = "ConsultationComment.institutionPage";
    /** Parameters {@code roundId}, {@code institutionId}: how many {@link #INSTITUTION_PAGE} has. */
    public static final String INSTITUTION_COUNT = "ConsultationComment.institutionCount";
    /** Parameter {@code roundId}: submitted comments still without a disposition. */
    public static final String UNDISPOSED_COUNT = "ConsultationComment.undisposedCount";

    public static final int TEXT_MAX = 4000;
    public static final int JUSTIFICATION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ConsultationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id", nullable = false, updatable = false)
    private Invitation invitation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_objective_id", nullable = false)
    private RoundObjective roundObjective;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_name", length = 32, nullable = false)
    private CommentField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "comment_type", length = 32, nullable = false)
    private CommentType type;

    @Column(name = "body", length = TEXT_MAX, nullable = false)
    private String text;

    @Column(name = "proposed_wording", length = ObjectiveContent.TEXT_MAX)
    private String proposedWording;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 32, nullable = false)
    private CommentStatus status;

    @Column(name = "author", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", length = 32)
    private DispositionType disposition;

    @Column(name = "justification", length = JUSTIFICATION_MAX)
    private String justification;

    @Column(name = "disposed_by", length = Objective.USERNAME_MAX)
    private String disposedBy;

    @Column(name = "disposed_at")
    private Instant disposedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applied_revision_id")
    private ObjectiveRevision appliedRevision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConsultationComment() {
    }

    ConsultationComment(ConsultationRound round, Invitation invitation, RoundObjective item, String author,
                        CommentField field, CommentType type, String text, String proposedWording, Instant now) {
        this.round = round;
        this.invitation = invitation;
        this.author = author;
        this.status = CommentStatus.DRAFT;
        this.createdAt = now;
        write(item, field, type, text, proposedWording, now);
    }

    private void write(RoundObjective item, CommentField newField, CommentType newType, String newText,
                       String wording, Instant now) {
        if (newField == null) {
            throw ValidationException.required("field");
        }
        if (newType == null) {
            throw ValidationException.required("commentType");
        }
        String checkedText = Texts.required("commentText", newText, TEXT_MAX);
        String checkedWording = Texts.optional("proposedWording", wording, ObjectiveContent.TEXT_MAX);
        this.roundObjective = Objects.requireNonNull(item, "item");
        this.field = newField;
        this.type = newType;
        this.text = checkedText;
        this.proposedWording = checkedWording;
        this.updatedAt = now;
    }

    /** Experts change their own drafts; the focal point changes any draft of the institution. */
    public void edit(Participant editor, long objectiveId, CommentField newField, CommentType newType,
                     String newText, String wording, Instant now) {
        checkMayChange(editor, now);
        RoundObjective item = round.findObjective(objectiveId)
                .orElseThrow(() -> ValidationException.invalid("objective"));
        write(item, newField, newType, newText, wording, now);
    }

    /** Only the focal point leaves a comment out of the institution's position. */
    public void drop(Participant focalPoint, Instant now) {
        if (!focalPoint.isFocalPointOf(invitation.getInstitution().getId())) {
            throw new FocalPointRequiredException();
        }
        checkMayChange(focalPoint, now);
        this.status = CommentStatus.DROPPED;
        this.updatedAt = now;
    }

    private void checkMayChange(Participant editor, Instant now) {
        Long institutionId = invitation.getInstitution().getId();
        if (!editor.consultsFor(institutionId)) {
            throw new md.itpp.domain.AccessDeniedException();
        }
        invitation.checkOpenForInput(now);
        if (status != CommentStatus.DRAFT) {
            throw new PositionSubmittedException();
        }
        if (!editor.isFocalPointOf(institutionId) && !editor.username().equals(author)) {
            throw new NotCommentAuthorException();
        }
    }

    void submitted() {
        this.status = CommentStatus.SUBMITTED;
    }

    /** Whether the participant may edit it now (for pages; the methods check again). */
    public boolean editableBy(Participant participant, Instant now) {
        Long institutionId = invitation.getInstitution().getId();
        return status == CommentStatus.DRAFT && round.acceptsInput(now) && !invitation.isSubmitted()
                && participant.consultsFor(institutionId)
                && (participant.isFocalPointOf(institutionId) || participant.username().equals(author));
    }

    /** The negotiator's decision; it may be changed until the synthesis is final. */
    public void dispose(md.itpp.domain.account.Actor negotiator, DispositionType decision, String reason, Instant now) {
        ConsultationRound.checkNegotiator(negotiator);
        round.checkState(RoundState.OPEN, RoundState.CLOSED);
        if (status != CommentStatus.SUBMITTED) {
            throw new NotSubmittedYetException();
        }
        if (decision == null) {
            throw ValidationException.required("disposition");
        }
        String checked = Texts.optional("justification", reason, JUSTIFICATION_MAX);
        if (decision.needsJustification() && checked == null) {
            throw new JustificationRequiredException();
        }
        this.disposition = decision;
        this.justification = checked;
        this.disposedBy = negotiator.username();
        this.disposedAt = now;
    }

    /** Whether the proposed wording can be written into the draft in one step now. */
    public boolean canApply() {
        return status == CommentStatus.SUBMITTED && disposition != null && disposition.allowsApplying()
                && proposedWording != null && field.isWritten() && appliedRevision == null
                && round.getState() != RoundState.SYNTHESIS_FINAL;
    }

    /** Checks that {@link #canApply()} holds; throws otherwise. */
    public void checkApplicable() {
        if (!canApply()) {
            throw new NothingToApplyException();
        }
    }

    /** Links the revision that wrote the proposed wording into the draft. */
    public void applied(ObjectiveRevision revision) {
        checkApplicable();
        this.appliedRevision = Objects.requireNonNull(revision, "revision");
    }

    public Long getId() {
        return id;
    }

    public ConsultationRound getRound() {
        return round;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public RoundObjective getRoundObjective() {
        return roundObjective;
    }

    public CommentField getField() {
        return field;
    }

    public CommentType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public Optional<String> getProposedWording() {
        return Optional.ofNullable(proposedWording);
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<DispositionType> getDisposition() {
        return Optional.ofNullable(disposition);
    }

    public Optional<String> getJustification() {
        return Optional.ofNullable(justification);
    }

    public Optional<String> getDisposedBy() {
        return Optional.ofNullable(disposedBy);
    }

    public Optional<ObjectiveRevision> getAppliedRevision() {
        return Optional.ofNullable(appliedRevision);
    }

    public long getVersion() {
        return version;
    }
}
