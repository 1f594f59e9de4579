package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.domain.BusinessException;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentStatus;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DeadlineNotInFutureException;
import md.itpp.domain.consultation.DeadlinePassedException;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.FocalPointRequiredException;
import md.itpp.domain.consultation.JustificationRequiredException;
import md.itpp.domain.consultation.PositionSubmittedException;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.consultation.SynthesisIncompleteException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.Institution;
import md.itpp.ear.Deployments;
import md.itpp.persistence.consultation.ConsultationProgressService;
import md.itpp.persistence.account.AccountForm;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundProgress;
import md.itpp.persistence.consultation.RoundSummary;
import md.itpp.persistence.consultation.RoundView;
import md.itpp.persistence.consultation.SchedulerSettings;
import md.itpp.persistence.consultation.SynthesisFormat;
import md.itpp.persistence.consultation.SynthesisRow;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.persistence.time.WorkbenchClock;

/**
 * Consultation rounds in the real EAR on Payara Server: the two tiers in an institution, the
 * deadline and late refusal, visibility, dispositions and the final synthesis, a proposed
 * wording written into the draft, the scheduler closing an overdue round, and reminders that
 * reach a real SMTP server (GreenMail, started by this class on the client side) once per
 * institution however many nodes or runs try.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationServiceIT {

    /** Subjects of this class's reminder round start with this. */
    static final String REMINDER_ROUND = "Reminder check";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {ConsultationProbe.class, DeadlineProbe.class},
                ConsultationServiceIT.class, MailServer.class, Mailboxes.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsReviewer.class, RunAsRole.AsAuditor.class, RunAsRole.AsAdmin.class));
    }

    @BeforeAll
    static void startMailServer() {
        // Client side only: the server has no it.smtp.port property and no GreenMail.
        if (System.getProperty("it.smtp.port") != null) {
            MailServer.start(Integer.getInteger("it.smtp.port"));
        }
    }

    @AfterAll
    static void stopMailServer() {
        if (System.getProperty("it.smtp.port") != null) {
            MailServer.stop();
        }
    }

    @EJB
    private ConsultationService service;
    @EJB
    private DraftingService drafting;
    @EJB
    private ConsultationProgressService progress;
    @EJB
    private ObjectiveService objectives;
    @EJB
    private ReferenceService reference;
    @EJB
    private ConsultationProbe probe;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsReviewer reviewer;
    @EJB
    private RunAsRole.AsAuditor auditor;
    @EJB
    private DeadlineProbe jobs;
    @EJB
    private RunAsRole.AsAdmin admin;
    @EJB
    private AccountService accounts;
    @EJB
    private CallerService callers;
    @Inject
    private WorkbenchClock clock;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    /** Whatever a test did to the clock, the next one starts at the system's time. */
    @AfterEach
    void resetClock() {
        if (clock != null) {
            clock.reset();
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Today in Chișinău, as a letter is dated. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), WorkbenchClock.PEOPLE);
    }

    private long institution(String code) {
        return negotiator.call(() -> reference.institutions()).stream()
                .filter(i -> i.getCode().equals(code)).map(Institution::getId).findFirst().orElseThrow();
    }

    /**
     * Led by the Ministry of Finance, which no list test signs in for, with codes before
     * SO-CYB-1: BrowserIT looks for demo objectives on first pages of the list (Defence's
     * objectives by code, everyone's by code descending).
     */
    private String newObjective() {
        String code = "SO-CNS-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase(Locale.ROOT);
        long area = negotiator.call(() -> reference.areas()).stream()
                .filter(a -> a.getCode().equals("SCI")).findFirst().orElseThrow().getId();
        SaveResult created = negotiator.call(() -> drafting.create(null, new ObjectiveDraft(code, area,
                new ObjectiveContent("Research networks " + code, "Rețele de cercetare " + code,
                        "Connect the research networks.", "Conectarea rețelelor de cercetare.", Language.EN,
                        SourceInstrument.SPS, Priority.MEDIUM, null, null, null),
                institution("MF"), List.of(), List.of(new Milestone(2026, "Connected", "Conectate")),
                List.of(new Indicator("Networks", "Rețele", "0", "3", "networks", "Report"))),
                UUID.randomUUID().toString()));
        ids.put(code, created.objectiveId());
        return code;
    }

    private final Map<String, Long> ids = new HashMap<>();

    /** A round on a new objective for the institutions, opened with the deadline given. */
    private long openRound(String title, Duration untilDeadline, String objectiveCode, String... institutions) {
        Instant deadline = clock.now().plus(untilDeadline);
        List<Long> ids = new ArrayList<>();
        for (String code : institutions) {
            ids.add(institution(code));
        }
        long id = negotiator.call(() -> service.plan(title, deadline));
        long version = negotiator.call(() -> service.round(id)).version();
        negotiator.call(() -> {
            service.configure(id, version, title, deadline, List.of(objectiveCode), ids);
            return null;
        });
        long configured = negotiator.call(() -> service.round(id)).version();
        negotiator.call(() -> {
            service.open(id, configured);
            return null;
        });
        return id;
    }

    /** The dashboard's figures of the round: submitted comments, disposed ones, positions. */
    private List<Number> progressOf(long roundId) {
        RoundProgress round = negotiator.call(() -> progress.progress()).stream()
                .filter(r -> r.id() == roundId).findFirst().orElseThrow();
        return List.of(round.comments(), round.disposed(), round.positions());
    }

    /** Calls the service as a consultee of the institution (focal point or expert), then forgets it. */
    private <T> T as(String institution, boolean focalPoint, Callable<T> work) {
        probe.actAs(institution, focalPoint);
        try {
            return consultee.call(work);
        } finally {
            probe.dropActor();
        }
    }

    private void asVoid(String institution, boolean focalPoint, Runnable work) {
        as(institution, focalPoint, () -> {
            work.run();
            return null;
        });
    }

    private Objective objective(String code) {
        long id = objectiveId(code);
        return negotiator.call(() -> objectives.getObjective(id));
    }

    private long objectiveId(String code) {
        return ids.get(code);
    }

    // ---- the rules -----------------------------------------------------------------------

    /**
     * A test method runs in one request, as a page does: the caller's account row, read once per
     * request (RequestReads), must be read anew once the request changed the account.
     */
    @Test
    void aChangeToTheCallersAccountCountsAtOnceInTheSameRequest() {
        probe.actAs("MA", false);
        try {
            assertEquals(false, consultee.call(() -> callers.currentParticipant().focalPoint()));
            long institution = institution("MA");
            admin.call(() -> {
                Account account = accounts.accounts().stream()
                        .filter(a -> a.getUsername().equals(ConsultationProbe.ACTOR)).findFirst().orElseThrow();
                accounts.update(account.getId(), account.getVersion(),
                        new AccountForm("Test consultee", Set.of(Role.CONSULTEE), institution, null, true));
                return null;
            });
            assertEquals(true, consultee.call(() -> callers.currentParticipant().focalPoint()),
                    "the focal point named in this request is one in this request");
        } finally {
            probe.dropActor();
        }
    }

    @Test
    void aFullRoundFromOpeningToTheFinalSynthesis() {
        String code = newObjective();
        long roundId = openRound("Full round " + code, Duration.ofDays(10), code, "MA", "MAI");
        Objective opened = objective(code);
        assertEquals(ObjectiveStatus.IN_CONSULTATION, opened.getStatus());
        RoundView.ObjectiveItem frozen = negotiator.call(() -> service.round(roundId)).objectives().get(0);
        assertEquals(1, frozen.revisionNumber(), "the revision current at opening is frozen");
        assertTrue(probe.notices("consultee", "notice.consultation.opened", "Full round " + code) >= 1,
                "consultees of invited institutions are notified");

        assertEquals(List.of(0L, 0L, 0), progressOf(roundId), "comments, disposed, positions at the opening");

        long objectiveId = opened.getId();
        long first = as("MA", false, () -> service.addComment(roundId, objectiveId, CommentField.TEXT_EN,
                CommentType.SUBSTANTIVE, "Name the networks.", "Connect the national research and education networks."));
        long second = as("MA", false, () -> service.addComment(roundId, objectiveId, CommentField.GENERAL,
                CommentType.EDITORIAL, "A typo.", null));
        // Experts draft; only the focal point drops and submits.
        assertThrows(FocalPointRequiredException.class, () -> asVoid("MA", false,
                () -> service.dropComment(second, 0)));
        assertThrows(FocalPointRequiredException.class, () -> asVoid("MA", false,
                () -> service.submitPosition(roundId, PositionType.SUPPORT_WITH_COMMENTS, "01/1", today())));
        // Other institutions see nothing of MA's drafts, nor do the negotiators.
        assertTrue(as("MAI", true, () -> service.round(roundId)).comments().isEmpty());
        assertThrows(AccessDeniedException.class, () -> as("MAI", true, () -> service.comment(first)));
        assertTrue(negotiator.call(() -> service.round(roundId)).comments().isEmpty());
        assertThrows(AccessDeniedException.class, () -> negotiator.call(() -> {
            service.dispose(first, 0, DispositionType.ACCEPTED, null);
            return null;
        }));

        long version = as("MA", true, () -> service.comment(second)).version();
        asVoid("MA", true, () -> service.dropComment(second, version));
        asVoid("MA", true, () -> service.submitPosition(roundId, PositionType.SUPPORT_WITH_COMMENTS, "01/234",
                today()));
        assertThrows(PositionSubmittedException.class, () -> as("MA", false, () -> service.addComment(roundId,
                objectiveId, CommentField.GENERAL, CommentType.EDITORIAL, "Too late.", null)));
        long objection = as("MAI", false, () -> service.addComment(roundId, objectiveId, CommentField.GENERAL,
                CommentType.CRITICAL, "The timeline is not realistic.", null));
        asVoid("MAI", true, () -> service.submitPosition(roundId, PositionType.OBJECTION, "MAI-77",
                today()));

        assertEquals(List.of(2L, 0L, 2), progressOf(roundId), "the dashboard's figures follow each submission at once");
        RoundView submitted = negotiator.call(() -> service.round(roundId));
        assertEquals(2, submitted.comments().size(), "the dropped comment is not sent");
        assertEquals(2, submitted.submittedCount());
        assertThrows(JustificationRequiredException.class, () -> negotiator.call(() -> {
            service.dispose(objection, commentVersion(roundId, objection), DispositionType.NOT_ACCEPTED, " ");
            return null;
        }));
        negotiator.call(() -> {
            service.dispose(first, commentVersion(roundId, first), DispositionType.ACCEPTED, null);
            service.dispose(objection, commentVersion(roundId, objection), DispositionType.NOT_ACCEPTED,
                    "The Government decision fixes the timeline.");
            service.close(roundId);
            return null;
        });
        assertEquals(ObjectiveStatus.IN_REVISION, objective(code).getStatus());
        assertEquals(List.of(2L, 2L, 2), progressOf(roundId), "and each disposition");

        // The accepted wording goes into the draft in one step, version-checked.
        long stale = objective(code).getVersion() - 1;
        assertThrows(ConcurrentEditException.class, () -> negotiator.call(() ->
                service.applyProposedWording(first, stale, UUID.randomUUID().toString())));
        SaveResult applied = negotiator.call(() -> service.applyProposedWording(first, objective(code).getVersion(),
                UUID.randomUUID().toString()));
        assertEquals(2, applied.revision());
        Objective revised = objective(code);
        assertEquals("Connect the national research and education networks.", revised.getTextEn());
        ObjectiveRevision revision = negotiator.call(() -> drafting.getRevision(revised.getId(), 2));
        assertEquals(RevisionKind.PROPOSAL_APPLIED, revision.getKind());
        assertThrows(BusinessException.class, () -> negotiator.call(() ->
                service.applyProposedWording(first, objective(code).getVersion(), UUID.randomUUID().toString())),
                "applied once");

        List<SynthesisRow> rows = auditor.call(() -> service.synthesis(roundId));
        assertEquals(2, rows.size());
        assertEquals(Integer.valueOf(2), rows.stream().filter(r -> r.disposition() == DispositionType.ACCEPTED)
                .findFirst().orElseThrow().appliedRevision());
        byte[] beforeFinal = export(roundId, SynthesisFormat.XLSX, Locale.ENGLISH);
        negotiator.call(() -> {
            service.finalizeSynthesis(roundId);
            return null;
        });
        assertEquals(RoundState.SYNTHESIS_FINAL, negotiator.call(() -> service.round(roundId)).state());
        for (SynthesisFormat format : SynthesisFormat.values()) {
            byte[] document = export(roundId, format, Locale.ENGLISH);
            assertTrue(document.length > 1000, format.name());
            // Written once per content: the same table again is the same file, byte for byte.
            assertArrayEquals(document, export(roundId, format, Locale.ENGLISH), format.name());
        }
        assertFalse(Arrays.equals(beforeFinal, export(roundId, SynthesisFormat.XLSX, Locale.ENGLISH)),
                "the round's state is in the table: a kept table of the round before is not sent after it");
        assertFalse(Arrays.equals(export(roundId, SynthesisFormat.DOCX, Locale.ENGLISH),
                export(roundId, SynthesisFormat.DOCX, Locale.forLanguageTag("ro"))), "another language is another document");
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> service.synthesis(roundId)));
    }

    private byte[] export(long roundId, SynthesisFormat format, Locale locale) {
        return negotiator.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.export(roundId, format, locale, out);
            return out.toByteArray();
        });
    }

    private long commentVersion(long roundId, long commentId) {
        return negotiator.call(() -> service.round(roundId)).comments().stream()
                .filter(c -> c.id() == commentId).findFirst().orElseThrow().version();
    }

    /** The rounds list's figures, counted in the database: objectives, invited, submitted, the own position. */
    @Test
    void theRoundsListCountsInvitationsAndShowsEachInstitutionItsOwnPosition() {
        String code = newObjective();
        long roundId = openRound("Counted round " + code, Duration.ofDays(10), code, "MA", "MAI");
        RoundSummary before = summary(negotiator.call(() -> service.rounds()), roundId);
        assertEquals(List.of(1, 2, 0), List.of(before.objectives(), before.institutions(), before.submitted()));

        asVoid("MA", true, () -> service.submitPosition(roundId, PositionType.OBJECTION, "MA-5", today()));
        RoundSummary staff = summary(negotiator.call(() -> service.rounds()), roundId);
        assertEquals(List.of(1, 2, 1), List.of(staff.objectives(), staff.institutions(), staff.submitted()));
        assertNull(staff.position(), "the negotiators' row names no one institution's position");
        assertEquals(staff, summary(auditor.call(() -> service.rounds()), roundId), "auditors see what negotiators see");

        RoundSummary ma = summary(as("MA", false, () -> service.rounds()), roundId);
        assertEquals(1, ma.submitted());
        assertEquals(PositionType.OBJECTION, ma.position());
        RoundSummary mai = summary(as("MAI", false, () -> service.rounds()), roundId);
        assertEquals(0, mai.submitted());
        assertNull(mai.position());
    }

    private static RoundSummary summary(List<RoundSummary> rounds, long roundId) {
        return rounds.stream().filter(r -> r.id() == roundId).findFirst().orElseThrow();
    }

    @Test
    void theSynthesisIsFinalOnlyWhenEveryCommentHasADisposition() {
        String code = newObjective();
        long roundId = openRound("Incomplete " + code, Duration.ofDays(5), code, "MA");
        long objectiveId = objective(code).getId();
        as("MA", true, () -> service.addComment(roundId, objectiveId, CommentField.TITLE_EN, CommentType.EDITORIAL,
                "Shorter title.", "Research networks"));
        asVoid("MA", true, () -> service.submitPosition(roundId, PositionType.SUPPORT_WITH_COMMENTS, "9",
                today()));
        negotiator.call(() -> {
            service.close(roundId);
            return null;
        });
        SynthesisIncompleteException refused = assertThrows(SynthesisIncompleteException.class,
                () -> negotiator.call(() -> {
                    service.finalizeSynthesis(roundId);
                    return null;
                }));
        assertEquals(1L, refused.messageArguments()[0]);
        assertEquals(RoundState.CLOSED, negotiator.call(() -> service.round(roundId)).state());
    }

    @Test
    void lateCommentsAndPositionsAreRefusedAndTheSchedulerClosesTheRound() {
        String code = newObjective();
        String title = "Deadline " + code;
        assertThrows(DeadlineNotInFutureException.class, () -> openRound(title, Duration.ofSeconds(-5), code, "MA"));
        assertEquals(ObjectiveStatus.DRAFT, objective(code).getStatus(), "a refused opening changes nothing");

        long roundId = openRound(title, Duration.ofHours(1), code, "MA");
        long objectiveId = objective(code).getId();
        long draft = as("MA", false, () -> service.addComment(roundId, objectiveId, CommentField.GENERAL,
                CommentType.SUBSTANTIVE, "On time.", null));
        assertTrue(negotiator.call(() -> service.round(roundId)).acceptsInput());

        // An hour and a second later, as the services see it.
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertFalse(negotiator.call(() -> service.round(roundId)).acceptsInput());
        assertThrows(DeadlinePassedException.class, () -> as("MA", false, () -> service.addComment(roundId,
                objectiveId, CommentField.GENERAL, CommentType.SUBSTANTIVE, "Late.", null)));
        assertThrows(DeadlinePassedException.class, () -> asVoid("MA", true, () -> service.submitPosition(roundId,
                PositionType.SUPPORT_WITH_COMMENTS, "5", today())));
        assertEquals(CommentStatus.DRAFT, as("MA", true, () -> service.comment(draft)).status());

        // What the scheduler does at each tick closes it without anybody's click (the server's
        // own timer, reading the same clock, may be first: the outcome is the same).
        jobs.run(clock.now(), SchedulerSettings.fromEnvironment());
        RoundView round = negotiator.call(() -> service.round(roundId));
        assertEquals(RoundState.CLOSED, round.state());
        assertTrue(round.closedAutomatically());
        assertEquals(ObjectiveStatus.IN_REVISION, objective(code).getStatus());
        // A second claim finds nothing to do.
        assertFalse(jobs.closeIfOverdue(roundId, clock.now()));
    }

    @Test
    void consulteesReachOnlyTheirInstitutionsRoundsAndComments() {
        String code = newObjective();
        long roundId = openRound("Access " + code, Duration.ofDays(5), code, "MA");
        long objectiveId = objective(code).getId();
        long comment = as("MA", false, () -> service.addComment(roundId, objectiveId, CommentField.GENERAL,
                CommentType.SUBSTANTIVE, "Ours.", null));

        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.round(roundId)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.comment(comment)));
        assertThrows(AccessDeniedException.class, () -> as("SIS", true, () -> service.addComment(roundId,
                objectiveId, CommentField.GENERAL, CommentType.CRITICAL, "Not invited.", null)));
        assertThrows(AccessDeniedException.class, () -> asVoid("SIS", true, () -> service.dropComment(comment, 0)));
        assertTrue(as("SIS", true, () -> service.rounds()).stream().noneMatch(r -> r.id() == roundId));
        assertTrue(as("MA", false, () -> service.rounds()).stream().anyMatch(r -> r.id() == roundId));
        // Without an account (so without an institution) a consultee sees no round at all.
        assertThrows(AccessDeniedException.class, () -> consultee.call(() -> service.round(roundId)));
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> service.round(roundId)));
        assertThrows(EJBAccessException.class, () -> consultee.call(() -> service.plan("Mine", Instant.now())));
        assertEquals(1, auditor.call(() -> service.round(roundId)).invitations().size());
    }

    @Test
    void aPositionSubmittedAsTheReminderGoesKeepsTheReminderOnRecord() {
        String code = newObjective();
        long roundId = openRound(REMINDER_ROUND + " kept " + code, Duration.ofDays(2), code, "MA");
        long invitation = negotiator.call(() -> service.round(roundId)).invitations().get(0).id();
        probe.submitOverAReminder(invitation, clock.now());
        RoundView.InvitationItem item = negotiator.call(() -> service.round(roundId)).invitations().get(0);
        assertEquals("P-" + invitation, item.letterNumber(), "the position is written");
        assertNotNull(item.remindedAt(), "and the reminder stays on record");
    }

    @Test
    void remindersGoOutOncePerInstitutionWhateverTheNumberOfNodes() throws Exception {
        String code = newObjective();
        String title = REMINDER_ROUND + " " + code;
        long roundId = openRound(title, Duration.ofDays(2), code, "MA", "MAI");
        Map<Long, AtomicInteger> winners = new HashMap<>();
        List<Long> invitations = negotiator.call(() -> service.round(roundId)).invitations().stream()
                .map(RoundView.InvitationItem::id).toList();
        // Two "nodes" race for each invitation, while the server's own scheduler runs too.
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (long invitation : invitations) {
            winners.put(invitation, new AtomicInteger());
            for (int node = 0; node < 2; node++) {
                runs.add(executor.submit(() -> {
                    start.await();
                    int mails;
                    try {
                        mails = jobs.remind(invitation, clock.now(), "http://127.0.0.1");
                    } catch (PersistenceException lockNotGranted) {
                        // Waiting for the winner's row lock (held for its claim's short
                        // transaction only, not while it mails) took longer than the database
                        // allows on a loaded machine: this node's claim rolled back and it did
                        // nothing, as a loser does. What was sent is checked below, whoever won.
                        mails = -1;
                    }
                    if (mails >= 0) {
                        winners.get(invitation).incrementAndGet();
                    }
                    return mails;
                }));
            }
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        // A restart, and two more ticks a day later: the same work again finds every reminder recorded.
        for (long invitation : invitations) {
            assertEquals(-1, jobs.remind(invitation, clock.now(), "http://127.0.0.1"));
            assertTrue(winners.get(invitation).get() <= 1);
        }
        clock.advance(Duration.ofDays(1));
        jobs.run(clock.now(), SchedulerSettings.fromEnvironment());
        jobs.run(clock.now(), SchedulerSettings.fromEnvironment());

        RoundView round = negotiator.call(() -> service.round(roundId));
        assertTrue(round.invitations().stream().allMatch(i -> i.remindedAt() != null), "every reminder recorded");
        assertEquals(1, probe.notices("focal.ma", "notice.consultation.reminder", title), "one in-app notice");
        assertEquals(1, probe.notices("focal.mai", "notice.consultation.reminder", title));
        // Every consultee of both institutions with an address got the reminder once, by SMTP.
        List<String> addresses = new ArrayList<>(probe.consulteeMails("MA"));
        addresses.addAll(probe.consulteeMails("MAI"));
        assertTrue(addresses.containsAll(List.of("focal.ma@example.org", "expert.ma@example.org",
                "focal.mai@example.org")), addresses.toString());
        for (String address : addresses) {
            assertEquals(1, Mailboxes.count(address, title), "reminders received by " + address);
        }
    }
}
