package md.itpp.persistence.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.ConcurrentChangeException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.ConsultationComment;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.NothingToApplyException;
import md.itpp.domain.consultation.ObjectiveNotEligibleException;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundObjective;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.document.ContentDigest;
import md.itpp.persistence.document.DocumentCache;
import md.itpp.persistence.notification.Notifier;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.Objectives;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.store.ReadOnly;
import md.itpp.persistence.store.Store;
import md.itpp.domain.Bilingual;

/**
 * Consultation rounds: negotiators plan, open, close them and dispose of the comments;
 * consultees of invited institutions comment and submit their position. Each command loads the
 * round or comment the caller may reach ({@link Rounds}), calls one domain method, writes it
 * ({@link Store}) and records the audit event; the reading methods hand out the records of
 * {@link ConsultationQueries}.
 */
@Stateless
public class ConsultationService {

    private static final Logger LOG = Logger.getLogger(ConsultationService.class.getName());

    public static final String ROUND_LINK = "/consultation/round.xhtml?id=";

    /** Comments on one page of a round. */
    public static final int COMMENTS_PER_PAGE = 50;
    private static final String AUDIT_ROUND = "ConsultationRound";
    private static final String AUDIT_COMMENT = "ConsultationComment";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private DraftingService drafting;

    @Inject
    private Notifier notifier;

    /** Lays the PDF table's parts out while the next is filled ({@code PdfBook}). */
    @Resource
    private ManagedExecutorService executor;

    /** The comment-resolution tables written, kept per content. */
    @Inject
    private DocumentCache documents;

    @Inject
    private Rounds rounds;

    @Inject
    private ConsultationQueries queries;

    @Inject
    private Accounts accounts;

    @Inject
    private Objectives objectives;

    @Inject
    private Store store;

    @Inject
    private Clock clock;

    // ---- reading -------------------------------------------------------------------------

    /** Negotiators and auditors see every round; consultees those (opened) their institution is invited to. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public List<RoundSummary> rounds() {
        return queries.rounds(caller());
    }

    /** The round as the caller may see it, with the first page of its comments. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public RoundView round(long roundId) {
        return round(roundId, 0, COMMENTS_PER_PAGE);
    }

    /**
     * The round as the caller may see it, with {@code max} of its comments from {@code first};
     * read without copies of what it loads ({@link ReadOnly}).
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public RoundView round(long roundId, int first, int max) {
        return ReadOnly.read(em, () -> queries.round(caller(), roundId, now(), first, max));
    }

    /** One comment of the caller's own institution (consultees), e.g. to edit it. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public RoundView.CommentItem comment(long commentId) {
        return queries.comment(caller(), commentId, now());
    }

    /** The objective a negotiator may add by code: checked here so the page can say why not. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public RoundView.ObjectiveItem eligibleObjective(String code) {
        Objective objective = rounds.objectiveByCode(code);
        if (!ConsultationRound.eligible(objective)) {
            throw new ObjectiveNotEligibleException(objective.getCode());
        }
        return ConsultationQueries.current(objective);
    }

    /** The comment-resolution table of a round, in table order. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public List<SynthesisRow> synthesis(long roundId) {
        return queries.synthesis(caller(), roundId);
    }

    /**
     * Writes the table as a document to {@code out} (a download's response, say), which stays
     * open; the headings are in Romanian and English, the values in {@code locale}. A round the
     * caller may not see fails before the first byte. Written once per content, as the programme
     * document ({@link DocumentCache}): the rows are read and access checked on every download,
     * and a table of a thousand comments (seconds of layout as a PDF) is laid out again only
     * when a row, the round's title or state, the format or the language changed.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public void export(long roundId, SynthesisFormat format, Locale locale, OutputStream out) {
        Participant caller = caller();
        ConsultationRound round = rounds.visible(caller, roundId);
        String title = round.getTitle();
        RoundState state = round.getState();
        List<SynthesisRow> rows = queries.synthesis(caller, roundId);
        Locale language = locale == null ? Bilingual.ROMANIAN : locale;
        String digest = ContentDigest.sha256(Arrays.asList(title, state, rows));
        documents.send(DocumentCache.key("synthesis", format.extension(), language.getLanguage(), digest), out,
                file -> SynthesisExporter.export(format, title, state, rows, language, executor, file));
    }

    // ---- negotiators: configuring and running a round ------------------------------------

    /** A new planned round; objectives and institutions are set with {@link #configure}. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long plan(String title, Instant deadline) {
        Actor actor = callers.currentActor();
        ConsultationRound round = new ConsultationRound(actor, title, deadline);
        em.persist(round);
        store.flush(ConcurrentChangeException.Kind.ROUND, round.getTitle());
        auditRound(actor, "consultation.plan", round, null);
        return round.getId();
    }

    /** A new planned round with its objectives and institutions, all or nothing. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long create(String title, Instant deadline, Collection<String> objectiveCodes,
                       Collection<Long> institutionIds) {
        long id = plan(title, deadline);
        configure(id, rounds.get(id).getVersion(), title, deadline, objectiveCodes, institutionIds);
        return id;
    }

    /**
     * Replaces a planned round's title, deadline, objectives (by code) and invited institutions.
     *
     * @throws ConcurrentChangeException when the round changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void configure(long roundId, long expectedVersion, String title, Instant deadline,
                          Collection<String> objectiveCodes, Collection<Long> institutionIds) {
        Actor actor = callers.currentActor();
        ConsultationRound round = rounds.getAtVersion(roundId, expectedVersion);
        round.change(actor, title, deadline);
        Set<Long> wanted = new LinkedHashSet<>();
        for (String code : objectiveCodes) {
            Objective objective = rounds.objectiveByCode(code);
            round.addObjective(actor, objective);
            wanted.add(objective.getId());
        }
        for (RoundObjective item : List.copyOf(round.getObjectives())) {
            if (!wanted.contains(item.getObjective().getId())) {
                round.removeObjective(actor, item.getObjective().getId());
            }
        }
        round.invite(actor, institutionIds.stream().map(rounds::institution).toList());
        em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        write(round);
        auditTrail.record(actor.username(), "consultation.configure", AUDIT_ROUND, round.getId(), null,
                AuditJson.object("title", round.getTitle(), "deadline", round.getDeadline(),
                        "objectives", objectiveCodes, "institutions", institutionIds));
    }

    /** Opens the round: objectives go into consultation, their latest revisions are frozen. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void open(long roundId, long expectedVersion) {
        Actor actor = callers.currentActor();
        ConsultationRound round = rounds.getAtVersion(roundId, expectedVersion);
        RoundState before = round.getState();
        round.open(actor, now(), objective -> latestRevision(objective, actor));
        for (Invitation invitation : round.getInvitations()) {
            for (Account account : rounds.consultees(invitation.getInstitution())) {
                notifier.notify(account, "notice.consultation.opened", ROUND_LINK + round.getId(),
                        round.getTitle(), ConsultationTexts.deadline(round.getDeadline()));
            }
        }
        write(round);
        auditRound(actor, "consultation.open", round, before);
        LOG.info(() -> "Round " + roundId + " opened by " + actor.username());
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void close(long roundId) {
        step(roundId, "consultation.close", (round, actor) -> round.close(actor, now()));
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void finalizeSynthesis(long roundId) {
        step(roundId, "consultation.finalize", (round, actor) -> round.finalizeSynthesis(actor, now()));
    }

    /**
     * Records the disposition of a submitted comment.
     *
     * @throws ConcurrentChangeException when the comment changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void dispose(long commentId, long expectedVersion, DispositionType disposition, String justification) {
        Participant caller = caller();
        ConsultationComment comment = rounds.submittedComment(caller, commentId);
        Rounds.checkVersion(comment, expectedVersion);
        String before = commentState(comment);
        comment.dispose(caller.actor(), disposition, justification, now());
        write(comment);
        auditTrail.record(caller.username(), "consultation.dispose", AUDIT_COMMENT, comment.getId(), before,
                AuditJson.object("status", comment.getStatus(), "disposition", disposition,
                        "justification", justification));
    }

    /**
     * Writes an accepted comment's proposed wording into the objective's draft in one step,
     * through the drafting save (version-checked against {@code expectedObjectiveVersion}),
     * and links the new revision to the comment.
     *
     * @param token the page's one-time form token: a repeated click applies once
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public SaveResult applyProposedWording(long commentId, long expectedObjectiveVersion, String token) {
        Participant caller = caller();
        ConsultationComment comment = rounds.submittedComment(caller, commentId);
        comment.checkApplicable();
        Objective objective = comment.getRoundObjective().getObjective();
        SaveResult result = drafting.applyProposal(objective.getId(), expectedObjectiveVersion,
                proposedDraft(objective, comment), token);
        if (result.replayed()) {
            return result;
        }
        if (!result.changed()) {
            throw new NothingToApplyException();
        }
        ObjectiveRevision revision = objectives.getRevision(objective.getId(), result.revision());
        comment.applied(revision);
        write(comment);
        auditTrail.record(caller.username(), "consultation.applyWording", AUDIT_COMMENT,
                comment.getId(), null, AuditJson.object("objective", objective.getCode(),
                        "revision", revision.getNumber(), "sha256", revision.getSha256()));
        return result;
    }

    /** The objective's content as it stands, with the comment's field replaced by the proposed wording. */
    private static ObjectiveDraft proposedDraft(Objective objective, ConsultationComment comment) {
        CommentField field = comment.getField();
        return new ObjectiveDraft(objective.getCode(), objective.getArea().getId(),
                field.replaceIn(objective.getContent(), comment.getProposedWording().orElseThrow()),
                objective.getLeadInstitution().getId(),
                objective.getContributingInstitutions().stream().map(Institution::getId).toList(),
                List.<Milestone>copyOf(objective.getMilestones()), List.<Indicator>copyOf(objective.getIndicators()));
    }

    // ---- consultees ----------------------------------------------------------------------

    /** A new draft comment of the caller's institution. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public long addComment(long roundId, long objectiveId, CommentField field, CommentType type, String text,
                           String proposedWording) {
        Participant caller = caller();
        ConsultationRound round = rounds.visible(caller, roundId);
        ConsultationComment comment = round.comment(caller, objectiveId, field, type, text, proposedWording, now());
        write(round);
        auditTrail.record(caller.username(), "consultation.comment.add", AUDIT_COMMENT, comment.getId(),
                null, commentState(comment));
        return comment.getId();
    }

    @RolesAllowed(Role.Names.CONSULTEE)
    public void editComment(long commentId, long expectedVersion, long objectiveId, CommentField field,
                            CommentType type, String text, String proposedWording) {
        commentStep(commentId, expectedVersion, "consultation.comment.edit", (comment, caller) ->
                comment.edit(caller, objectiveId, field, type, text, proposedWording, now()));
    }

    @RolesAllowed(Role.Names.CONSULTEE)
    public void dropComment(long commentId, long expectedVersion) {
        commentStep(commentId, expectedVersion, "consultation.comment.drop",
                (comment, caller) -> comment.drop(caller, now()));
    }

    /** The focal point submits the institution's one consolidated position. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public void submitPosition(long roundId, PositionType position, String letterNumber, LocalDate letterDate) {
        Participant caller = caller();
        ConsultationRound round = rounds.visible(caller, roundId);
        Invitation invitation = round.invitationFor(caller);
        invitation.submit(caller, position, letterNumber, letterDate, now());
        em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        accounts.findByUsername(round.getCreatedBy()).ifPresent(creator -> notifier.notify(creator,
                "notice.consultation.submitted", ROUND_LINK + round.getId(),
                invitation.getInstitution().getAbbreviation(), round.getTitle()));
        write(round);
        auditTrail.record(caller.username(), "consultation.position.submit", AUDIT_ROUND, round.getId(), null,
                AuditJson.object("institution", invitation.getInstitution().getCode(), "position", position,
                        "letterNumber", letterNumber, "letterDate", letterDate));
    }

    // ---- the shape of a command ----------------------------------------------------------

    /** A negotiator's step on a round: load, one domain call, write, audit the state it moved between. */
    private void step(long roundId, String action, BiConsumer<ConsultationRound, Actor> change) {
        Actor actor = callers.currentActor();
        ConsultationRound round = rounds.get(roundId);
        RoundState before = round.getState();
        change.accept(round, actor);
        write(round);
        auditRound(actor, action, round, before);
    }

    /** A consultee's step on their institution's comment, over the version their page showed. */
    private void commentStep(long commentId, long expectedVersion, String action,
                             BiConsumer<ConsultationComment, Participant> change) {
        Participant caller = caller();
        ConsultationComment comment = rounds.ownComment(caller, commentId);
        Rounds.checkVersion(comment, expectedVersion);
        String before = commentState(comment);
        change.accept(comment, caller);
        write(comment);
        auditTrail.record(caller.username(), action, AUDIT_COMMENT, comment.getId(), before, commentState(comment));
    }

    private void write(ConsultationRound round) {
        store.flush(() -> Rounds.conflict(round), Map.of());
    }

    private void write(ConsultationComment comment) {
        store.flush(() -> Rounds.conflict(comment), Map.of());
    }

    private void auditRound(Actor actor, String action, ConsultationRound round, RoundState before) {
        auditTrail.record(actor.username(), action, AUDIT_ROUND, round.getId(),
                before == null ? null : AuditJson.object("state", before),
                AuditJson.object("state", round.getState(), "title", round.getTitle(), "deadline", round.getDeadline()));
    }

    private static String commentState(ConsultationComment comment) {
        return AuditJson.object("status", comment.getStatus(), "field", comment.getField(), "type", comment.getType(),
                "text", comment.getText(), "proposedWording", comment.getProposedWording().orElse(null));
    }

    private Participant caller() {
        return rounds.participant(callers.currentActor());
    }

    /** The revision a round freezes; objectives created before revisions existed get their first one now. */
    private ObjectiveRevision latestRevision(Objective objective, Actor actor) {
        return objectives.latestRevision(objective).orElseGet(() -> {
            ObjectiveRevision first = new ObjectiveRevision(objective, 0, RevisionKind.CREATED, actor, null);
            em.persist(first);
            return first;
        });
    }

    private Instant now() {
        return clock.instant();
    }
}
