package md.itpp.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;

/**
 * The rules of a round without a container: states, deadline, the two tiers in an
 * institution, visibility, dispositions and the final synthesis.
 */
class ConsultationRoundTest {

    private static final AtomicLong IDS = new AtomicLong(100);
    private static final Actor NEGOTIATOR = new Actor("nina", Set.of(Role.NEGOTIATOR), null);

    private final Programme programme = new Programme("ITPP-MDA-2025", "ITPP", "ITPP", 2025, 2028);
    private final CooperationArea area = new CooperationArea(programme, "CYB", "Cyber defence", "Apărare cibernetică", 1);
    private final Institution ma = withId(new Institution("MA", "MA", "Ministry of Defence", "Ministerul Apărării"));
    private final Institution mai = withId(new Institution("MAI", "MAI", "Ministry of Internal Affairs",
            "Ministerul Afacerilor Interne"));
    private final Institution sis = withId(new Institution("SIS", "SIS", "Information and Security Service",
            "Serviciul de Informații și Securitate"));

    private final Participant expert = new Participant(new Actor("expert.ma", Set.of(Role.CONSULTEE), ma.getId()), false);
    private final Participant otherExpert = new Participant(new Actor("expert2.ma", Set.of(Role.CONSULTEE), ma.getId()), false);
    private final Participant focal = new Participant(new Actor("focal.ma", Set.of(Role.CONSULTEE), ma.getId()), true);
    private final Participant focalMai = new Participant(new Actor("focal.mai", Set.of(Role.CONSULTEE), mai.getId()), true);
    private final Participant focalSis = new Participant(new Actor("focal.sis", Set.of(Role.CONSULTEE), sis.getId()), true);
    private final Participant negotiator = new Participant(NEGOTIATOR, false);

    private Instant now;
    private Objective objective;
    private ConsultationRound round;

    @BeforeEach
    void openRound() {
        now = Instant.parse("2026-11-28T10:00:00Z");
        objective = withId(Objective.strategic(NEGOTIATOR, "SO-CYB-9", programme, area, ma,
                new ObjectiveContent("Cyber", "Cibernetic", "Text", "Textul", Language.EN,
                        SourceInstrument.NEW, Priority.HIGH, null, null, null)));
        round = new ConsultationRound(NEGOTIATOR, "Round 1", now.plus(Duration.ofDays(10)));
        round.addObjective(NEGOTIATOR, objective);
        round.invite(NEGOTIATOR, List.of(ma, mai));
        round.open(NEGOTIATOR, now, o -> new ObjectiveRevision(o, 0, RevisionKind.CREATED, NEGOTIATOR, null));
    }

    @Test
    void openingFreezesTheRevisionAndPutsTheObjectiveInConsultation() {
        assertEquals(RoundState.OPEN, round.getState());
        assertEquals(ObjectiveStatus.IN_CONSULTATION, objective.getStatus());
        assertEquals("Cyber", round.getObjectives().get(0).getRevision().orElseThrow().content().titleEn());
    }

    @Test
    void aRoundOpensOnlyWithObjectivesInstitutionsAndAFutureDeadline() {
        ConsultationRound empty = new ConsultationRound(NEGOTIATOR, "Empty", now.plusSeconds(60));
        assertThrows(RoundIncompleteException.class, () -> empty.open(NEGOTIATOR, now, o -> null));
        Objective other = withId(Objective.strategic(NEGOTIATOR, "SO-CYB-8", programme, area, ma,
                new ObjectiveContent("T", null, null, null, Language.EN, SourceInstrument.NEW, Priority.LOW,
                        null, null, null)));
        ConsultationRound late = new ConsultationRound(NEGOTIATOR, "Late", now.minusSeconds(1));
        late.addObjective(NEGOTIATOR, other);
        late.invite(NEGOTIATOR, List.of(ma));
        assertThrows(DeadlineNotInFutureException.class, () -> late.open(NEGOTIATOR, now, o -> null));
        assertEquals(ObjectiveStatus.DRAFT, other.getStatus());
        assertThrows(ObjectiveNotEligibleException.class,
                () -> new ConsultationRound(NEGOTIATOR, "Again", now.plusSeconds(60)).addObjective(NEGOTIATOR, objective));
    }

    @Test
    void onlyNegotiatorsRunRounds() {
        Actor consultee = new Actor("c", Set.of(Role.CONSULTEE), ma.getId());
        assertThrows(AccessDeniedException.class, () -> new ConsultationRound(consultee, "X", now.plusSeconds(60)));
        assertThrows(AccessDeniedException.class, () -> round.close(consultee, now));
    }

    @Test
    void expertsDraftTheFocalPointEditsDropsAndSubmits() {
        ConsultationComment first = comment(expert, "First");
        ConsultationComment second = comment(expert, "Second");
        assertThrows(NotCommentAuthorException.class, () -> first.edit(otherExpert, objective.getId(),
                CommentField.TEXT_EN, CommentType.EDITORIAL, "Changed", null, now));
        first.edit(focal, objective.getId(), CommentField.TEXT_EN, CommentType.CRITICAL, "Consolidated", "New text", now);
        assertThrows(FocalPointRequiredException.class, () -> second.drop(expert, now));
        second.drop(focal, now);
        Invitation invitation = round.invitationFor(focal);
        assertThrows(FocalPointRequiredException.class, () -> invitation.submit(expert,
                PositionType.SUPPORT_WITH_COMMENTS, "01/123", LocalDate.of(2026, 11, 27), now));
        assertThrows(SupportWithCommentsException.class, () -> invitation.submit(focal,
                PositionType.SUPPORT, "01/123", LocalDate.of(2026, 11, 27), now));
        invitation.submit(focal, PositionType.SUPPORT_WITH_COMMENTS, "01/123", LocalDate.of(2026, 11, 27), now);

        assertEquals(CommentStatus.SUBMITTED, first.getStatus());
        assertEquals(CommentStatus.DROPPED, second.getStatus());
        assertEquals("Consolidated", first.getText());
        assertThrows(PositionSubmittedException.class, () -> comment(expert, "After"));
        assertThrows(PositionSubmittedException.class, () -> first.edit(focal, objective.getId(),
                CommentField.TEXT_EN, CommentType.CRITICAL, "Again", null, now));
        assertThrows(PositionSubmittedException.class, () -> invitation.submit(focal,
                PositionType.OBJECTION, "01/124", LocalDate.of(2026, 11, 27), now));
    }

    @Test
    void lateInputIsRefusedWithTheDeadline() {
        ConsultationComment draft = comment(expert, "On time");
        Instant late = round.getDeadline();
        DeadlinePassedException refused = assertThrows(DeadlinePassedException.class, () -> round.comment(expert,
                objective.getId(), CommentField.GENERAL, CommentType.EDITORIAL, "Late", null, late));
        assertEquals("08.12.2026 12:00", refused.messageArguments()[0]);
        assertThrows(DeadlinePassedException.class, () -> round.invitationFor(focal)
                .submit(focal, PositionType.OBJECTION, "1", LocalDate.of(2026, 11, 27), late));
        assertThrows(DeadlinePassedException.class, () -> draft.drop(focal, late));
    }

    @Test
    void uninvitedInstitutionsAndOtherRolesSeeNothing() {
        assertFalse(round.visibleTo(focalSis));
        assertThrows(AccessDeniedException.class, () -> round.invitationFor(focalSis));
        assertTrue(round.visibleTo(focalMai));
        assertTrue(round.visibleTo(negotiator));
        ConsultationComment own = comment(expert, "Mine");
        assertThrows(AccessDeniedException.class, () -> own.edit(focalMai, objective.getId(),
                CommentField.GENERAL, CommentType.EDITORIAL, "Theirs", null, now));
        ConsultationRound planned = new ConsultationRound(NEGOTIATOR, "Planned", now.plusSeconds(60));
        assertFalse(planned.visibleTo(focal), "a planned round is not shown to institutions");
    }

    @Test
    void dispositionsNeedAJustificationUnlessAcceptedAndTheSynthesisNeedsThemAll() {
        ConsultationComment first = comment(expert, "First");
        ConsultationComment second = comment(focal, "Second");
        assertThrows(NotSubmittedYetException.class, () -> first.dispose(NEGOTIATOR, DispositionType.ACCEPTED, null, now));
        round.invitationFor(focal).submit(focal, PositionType.OBJECTION, "7", LocalDate.of(2026, 11, 20), now);
        round.invitationFor(focalMai).submit(focalMai, PositionType.SUPPORT, "8", LocalDate.of(2026, 11, 20), now);

        assertThrows(JustificationRequiredException.class,
                () -> first.dispose(NEGOTIATOR, DispositionType.NOT_ACCEPTED, "  ", now));
        assertThrows(JustificationRequiredException.class,
                () -> first.dispose(NEGOTIATOR, DispositionType.PARTIALLY_ACCEPTED, null, now));
        first.dispose(NEGOTIATOR, DispositionType.ACCEPTED, null, now);
        assertThrows(RoundStateException.class, () -> round.finalizeSynthesis(NEGOTIATOR, now));
        round.close(NEGOTIATOR, now);
        assertEquals(ObjectiveStatus.IN_REVISION, objective.getStatus());
        SynthesisIncompleteException incomplete = assertThrows(SynthesisIncompleteException.class,
                () -> round.finalizeSynthesis(NEGOTIATOR, now));
        assertEquals(1L, incomplete.messageArguments()[0]);
        second.dispose(NEGOTIATOR, DispositionType.NOT_ACCEPTED, "Outside the programme's scope.", now);
        assertTrue(round.dispositionsVisibleTo(negotiator));
        assertFalse(round.dispositionsVisibleTo(focal), "institutions wait for the final synthesis");
        round.finalizeSynthesis(NEGOTIATOR, now);
        assertEquals(RoundState.SYNTHESIS_FINAL, round.getState());
        assertTrue(round.dispositionsVisibleTo(focal), "then each learns what became of its comments");
        assertTrue(round.dispositionsVisibleTo(expert));
        assertThrows(RoundStateException.class, () -> second.dispose(NEGOTIATOR, DispositionType.ACCEPTED, null, now));
    }

    @Test
    void aProposedWordingAppliesOnlyToWrittenFieldsWhenAccepted() {
        ConsultationComment wording = round.comment(expert, objective.getId(), CommentField.TEXT_EN,
                CommentType.SUBSTANTIVE, "Say it better", "Better text", now);
        ConsultationComment milestones = round.comment(expert, objective.getId(), CommentField.MILESTONES,
                CommentType.SUBSTANTIVE, "Add one", "2027: exercise", now);
        withId(wording);
        withId(milestones);
        round.invitationFor(focal).submit(focal, PositionType.OBJECTION, "7", LocalDate.of(2026, 11, 20), now);
        assertFalse(wording.canApply(), "no disposition yet");
        wording.dispose(NEGOTIATOR, DispositionType.NOT_ACCEPTED, "No", now);
        assertFalse(wording.canApply());
        wording.dispose(NEGOTIATOR, DispositionType.ACCEPTED, null, now);
        assertTrue(wording.canApply());
        milestones.dispose(NEGOTIATOR, DispositionType.ACCEPTED, null, now);
        assertThrows(NothingToApplyException.class, milestones::checkApplicable);
        ObjectiveContent replaced = CommentField.TEXT_EN.replaceIn(objective.getContent(), "Better text");
        assertEquals("Better text", replaced.textEn());
        assertEquals("Textul", replaced.textRo());
    }

    @Test
    void aFocalPointMustBeAConsulteeOfAnInstitution() {
        md.itpp.domain.account.Account admin = new md.itpp.domain.account.Account("it.admin", "IT", "hash",
                EnumSet.of(Role.ADMIN), null);
        assertThrows(ValidationException.class, () -> admin.changeFocalPoint(true));
        md.itpp.domain.account.Account consultee = new md.itpp.domain.account.Account("focal", "Focal", "hash",
                EnumSet.of(Role.CONSULTEE), ma);
        consultee.changeFocalPoint(true);
        assertTrue(consultee.isFocalPoint());
        assertThrows(ValidationException.class, () -> consultee.changeEmail("not an address"));
        consultee.changeEmail("focal@army.md");
        assertEquals("focal@army.md", consultee.getEmail());
    }

    private ConsultationComment comment(Participant author, String text) {
        return withId(round.comment(author, objective.getId(), CommentField.GENERAL, CommentType.SUBSTANTIVE, text,
                null, now));
    }

    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
