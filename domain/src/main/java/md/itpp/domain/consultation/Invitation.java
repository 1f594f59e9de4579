package md.itpp.domain.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.Institution;

/**
 * An institution invited to a round, and its one consolidated position once the focal point
 * submits it (with the official letter's number and date). After that it is read-only.
 */
@Entity
@Table(name = "consultation_invitation")
@NamedQuery(name = Invitation.DUE_FOR_REMINDER,
        query = "select i.id from Invitation i where i.round.state = md.itpp.domain.consultation.RoundState.OPEN"
                + " and i.submittedAt is null and i.remindedAt is null"
                + " and i.round.deadline > :now and i.round.deadline <= :horizon")
@NamedQuery(name = Invitation.CLAIM_REMINDER,
        query = "update Invitation i set i.remindedAt = :now where i.id = :id and i.remindedAt is null and i.submittedAt is null")
@NamedQuery(name = Invitation.RELEASE_REMINDER,
        query = "update Invitation i set i.remindedAt = null where i.id = :id and i.remindedAt = :claimedAt")
@NamedQuery(name = Invitation.CONSULTEES,
        query = "select distinct a from Account a join a.roles r where a.institution.id = :institutionId"
                + " and r = md.itpp.domain.account.Role.CONSULTEE and a.enabled = true order by a.username")
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code now}, {@code horizon}: invitations that should be reminded now. */
    public static final String DUE_FOR_REMINDER = "Invitation.dueForReminder";
    /** Parameters {@code id}, {@code now}: 1 for the one caller that may send the reminder. */
    public static final String CLAIM_REMINDER = "Invitation.claimReminder";
    /** Parameters {@code id}, {@code claimedAt}: gives a claimed reminder back (its mail failed). */
    public static final String RELEASE_REMINDER = "Invitation.releaseReminder";

    /** Parameter {@code institutionId}: the enabled experts and focal points who speak for it. */
    public static final String CONSULTEES = "Invitation.consultees";

    public static final int LETTER_NUMBER_MAX = 64;
    /** The deadline as the institutions read it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ConsultationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_type", length = 32)
    private PositionType position;

    @Column(name = "letter_number", length = LETTER_NUMBER_MAX)
    private String letterNumber;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = Objective.USERNAME_MAX)
    private String submittedBy;

    /**
     * Written only by {@link #CLAIM_REMINDER}: an ordinary save of an invitation loaded before the
     * claim would otherwise write the old null back and let a second reminder go.
     */
    @Column(name = "reminded_at", insertable = false, updatable = false)
    private Instant remindedAt;

    protected Invitation() {
    }

    Invitation(ConsultationRound round, Institution institution) {
        this.round = round;
        this.institution = institution;
    }

    /**
     * Refuses input once submitted, after the deadline, or outside an open round. The deadline
     * comes before the state, so that a late institution always reads why, whether or not the
     * scheduler has closed the round yet.
     */
    void checkOpenForInput(Instant now) {
        if (isSubmitted()) {
            throw new PositionSubmittedException();
        }
        if (round.getState() != RoundState.PLANNED && !now.isBefore(round.getDeadline())) {
            throw new DeadlinePassedException(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                    .format(round.getDeadline().atZone(ZONE)));
        }
        round.checkState(RoundState.OPEN);
    }

    /**
     * The focal point submits the institution's position: the remaining draft comments go with
     * it and everything becomes read-only.
     */
    public void submit(Participant focalPoint, PositionType type, String number, LocalDate date, Instant now) {
        if (!focalPoint.isFocalPointOf(institution.getId())) {
            throw new FocalPointRequiredException();
        }
        checkOpenForInput(now);
        if (type == null) {
            throw ValidationException.required("positionType");
        }
        String checkedNumber = Texts.required("letterNumber", number, LETTER_NUMBER_MAX);
        if (date == null) {
            throw ValidationException.required("letterDate");
        }
        if (date.isAfter(now.atZone(ZONE).toLocalDate())) {
            throw ValidationException.invalid("letterDate");
        }
        boolean hasComments = comments().anyMatch(c -> c.getStatus() == CommentStatus.DRAFT);
        if (type == PositionType.SUPPORT && hasComments) {
            throw new SupportWithCommentsException();
        }
        this.position = type;
        this.letterNumber = checkedNumber;
        this.letterDate = date;
        this.submittedAt = now;
        this.submittedBy = focalPoint.username();
        comments().filter(c -> c.getStatus() == CommentStatus.DRAFT).forEach(ConsultationComment::submitted);
    }

    private java.util.stream.Stream<ConsultationComment> comments() {
        return round.getComments().stream().filter(c -> c.getInvitation() == this);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public ConsultationRound getRound() {
        return round;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Optional<PositionType> getPosition() {
        return Optional.ofNullable(position);
    }

    public Optional<String> getLetterNumber() {
        return Optional.ofNullable(letterNumber);
    }

    public Optional<LocalDate> getLetterDate() {
        return Optional.ofNullable(letterDate);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> getRemindedAt() {
        return Optional.ofNullable(remindedAt);
    }
}
