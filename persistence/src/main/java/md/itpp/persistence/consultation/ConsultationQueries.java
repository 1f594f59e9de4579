package md.itpp.persistence.consultation;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.ConsultationComment;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.reference.Institution;

/**
 * The read side of consultations: the records pages show ({@link RoundSummary}, {@link RoundView},
 * {@link SynthesisRow}), built inside the caller's transaction so that pages never touch lazy
 * entities, and cut to what the caller may see. Which round or comment the caller may reach at
 * all is {@link Rounds}' decision; {@link ConsultationService} holds the roles.
 */
@ApplicationScoped
public class ConsultationQueries {

    /** More rounds than any programme will have; the list is not paged. */
    private static final int MAX_ROUNDS = 500;
    /** The most comments one page of a round shows. */
    public static final int MAX_COMMENTS = 200;

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Rounds rounds;

    @Inject
    private FrozenTexts frozenTexts;

    /** Negotiators and auditors see every round; consultees those (opened) their institution is invited to. */
    public List<RoundSummary> rounds(Participant caller) {
        // One query of values, counts as subqueries: loading the rounds as entities (and the
        // counts in three more queries, each flushing the fifty managed rounds first) was a third
        // of the rounds page's CPU at ten times the real scale.
        boolean staff = isStaff(caller);
        TypedQuery<Object[]> query;
        if (staff) {
            query = em.createNamedQuery(ConsultationRound.SUMMARIES, Object[].class);
        } else if (caller.institutionId() == null) {
            return List.of();
        } else {
            query = em.createNamedQuery(ConsultationRound.SUMMARIES_FOR_INSTITUTION, Object[].class)
                    .setParameter("institutionId", caller.institutionId());
        }
        return query.setMaxResults(MAX_ROUNDS).getResultList().stream().map(row -> {
            int submitted = staff ? ((Long) row[6]).intValue() : row[7] != null ? 1 : 0;
            return new RoundSummary((Long) row[0], (String) row[1], (RoundState) row[2], (Instant) row[3],
                    ((Long) row[4]).intValue(), ((Long) row[5]).intValue(), submitted,
                    staff ? null : (PositionType) row[8]);
        }).toList();
    }

    /**
     * The round as the caller may see it, with one page of the comments the caller may see
     * ({@code max} from {@code first}, in table order) and how many there are: a round can hold
     * a thousand comments and more, read from the database a page at a time.
     */
    public RoundView round(Participant caller, long roundId, Instant now, int first, int max) {
        ConsultationRound round = rounds.visible(caller, roundId);
        boolean staff = isStaff(caller);
        List<RoundView.ObjectiveItem> objectives = round.getObjectives().stream().map(item -> item.getRevision()
                .map(revision -> frozenTexts.item(item.getObjective(), revision))
                .orElseGet(() -> current(item.getObjective()))).toList();
        List<RoundView.InvitationItem> invitations = round.getInvitations().stream()
                .filter(i -> staff || i.getInstitution().getId().equals(caller.institutionId()))
                .map(ConsultationQueries::item).toList();
        TypedQuery<ConsultationComment> page;
        TypedQuery<Long> count;
        if (staff) {
            page = em.createNamedQuery(ConsultationComment.SUBMITTED_PAGE, ConsultationComment.class);
            count = em.createNamedQuery(ConsultationComment.SUBMITTED_COUNT, Long.class);
        } else if (caller.consultsFor(caller.institutionId())) {
            page = em.createNamedQuery(ConsultationComment.INSTITUTION_PAGE, ConsultationComment.class)
                    .setParameter("institutionId", caller.institutionId());
            count = em.createNamedQuery(ConsultationComment.INSTITUTION_COUNT, Long.class)
                    .setParameter("institutionId", caller.institutionId());
        } else {
            page = null;
            count = null;
        }
        List<RoundView.CommentItem> comments = page == null ? List.of() : page.setParameter("roundId", roundId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_COMMENTS)))
                .getResultList().stream().map(c -> item(c, caller, now)).toList();
        long commentCount = count == null ? 0 : count.setParameter("roundId", roundId).getSingleResult();
        long undisposed = em.createNamedQuery(ConsultationComment.UNDISPOSED_COUNT, Long.class)
                .setParameter("roundId", roundId).getSingleResult();
        RoundView.InvitationItem mine = staff ? null : round.findInvitation(caller.institutionId())
                .map(ConsultationQueries::item).orElse(null);
        return new RoundView(round.getId(), round.getVersion(), round.getTitle(), round.getState(), round.getDeadline(),
                round.getCreatedBy(), round.getOpenedAt().orElse(null), round.getClosedAt().orElse(null),
                round.isClosedAutomatically(), round.getFinalizedAt().orElse(null), objectives, invitations, comments,
                mine, !staff && caller.isFocalPointOf(caller.institutionId()), round.acceptsInput(now),
                undisposed, commentCount, Math.max(0, first));
    }

    /** One comment of the caller's own institution (consultees), e.g. to edit it. */
    public RoundView.CommentItem comment(Participant caller, long commentId, Instant now) {
        return item(rounds.ownComment(caller, commentId), caller, now);
    }

    /**
     * The comment-resolution table of a round, in table order: the submitted comments with their
     * invitation, institution and objective read in one query, not one by one.
     */
    public List<SynthesisRow> synthesis(Participant caller, long roundId) {
        rounds.visible(caller, roundId);
        return em.createNamedQuery(ConsultationComment.SUBMITTED_PAGE, ConsultationComment.class)
                .setParameter("roundId", roundId).getResultStream().map(this::row).toList();
    }

    /** A row of the table; the frozen titles of a round's objective are parsed once, not once per comment. */
    private SynthesisRow row(ConsultationComment c) {
        Invitation invitation = c.getInvitation();
        Institution institution = invitation.getInstitution();
        FrozenTexts.Frozen frozen = c.getRoundObjective().getRevision().map(frozenTexts::of).orElse(null);
        Objective objective = c.getRoundObjective().getObjective();
        return new SynthesisRow(objective.getCode(),
                frozen == null ? objective.getTitleEn() : frozen.titleEn(),
                frozen == null ? objective.getTitleRo() : frozen.titleRo(),
                c.getField(), institution.getAbbreviation(), institution.getNameEn(), institution.getNameRo(),
                invitation.getPosition().orElse(null), invitation.getLetterNumber().orElse(null),
                invitation.getLetterDate().orElse(null), c.getText(), c.getProposedWording().orElse(null),
                c.getType(), c.getDisposition().orElse(null), c.getJustification().orElse(null),
                c.getAppliedRevision().map(ObjectiveRevision::getNumber).orElse(null));
    }

    static boolean isStaff(Participant caller) {
        return caller.isNegotiator() || caller.actor().hasRole(Role.AUDITOR);
    }

    /** An objective not yet frozen in a round: its current text. */
    static RoundView.ObjectiveItem current(Objective o) {
        return new RoundView.ObjectiveItem(o.getId(), o.getCode(), o.getStatus(), o.getVersion(), null, null,
                o.getTitleEn(), o.getTitleRo(), o.getTextEn(), o.getTextRo());
    }

    private static RoundView.InvitationItem item(Invitation i) {
        Institution institution = i.getInstitution();
        return new RoundView.InvitationItem(i.getId(), institution.getId(), institution.getCode(),
                institution.getAbbreviation(), institution.getNameEn(), institution.getNameRo(),
                i.getPosition().orElse(null), i.getLetterNumber().orElse(null), i.getLetterDate().orElse(null),
                i.getSubmittedAt().orElse(null), i.getSubmittedBy().orElse(null), i.getRemindedAt().orElse(null));
    }

    private static RoundView.CommentItem item(ConsultationComment c, Participant caller, Instant now) {
        Invitation invitation = c.getInvitation();
        Institution institution = invitation.getInstitution();
        boolean disposed = c.getRound().dispositionsVisibleTo(caller);
        return new RoundView.CommentItem(c.getId(), c.getVersion(), c.getRoundObjective().getObjective().getId(),
                c.getRoundObjective().getObjective().getCode(), c.getField(), c.getType(), c.getText(),
                c.getProposedWording().orElse(null), c.getStatus(), c.getAuthor(), institution.getAbbreviation(),
                institution.getNameEn(), institution.getNameRo(), invitation.getLetterNumber().orElse(null),
                invitation.getLetterDate().orElse(null), disposed ? c.getDisposition().orElse(null) : null,
                disposed ? c.getJustification().orElse(null) : null,
                c.getAppliedRevision().map(ObjectiveRevision::getNumber).orElse(null),
                c.editableBy(caller, now), caller.isNegotiator() && c.canApply());
    }
}
