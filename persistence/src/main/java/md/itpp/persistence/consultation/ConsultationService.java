package md.itpp.persistence.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentStatus;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.ConsultationComment;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundObjective;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.notification.Notifier;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.SaveResult;

/**
 * Consultation rounds: negotiators plan, open, close them and dispose of the comments;
 * consultees of invited institutions comment and submit their position. Thin: each method
 * loads the round, calls one domain method and lets the transaction store it.
 * <p>
 * Visibility is checked here for every id a caller sends: a consultee reaches only rounds their
 * institution is invited to, and only their institution's comments. A refusal is logged (who,
 * what) and answered like a missing object, so it reveals nothing.
 */
@Stateless
public class ConsultationService {

    private static final Logger LOG = Logger.getLogger(ConsultationService.class.getName());
    /** Refusals go to their own logger, so that IT can route or alert on them. */
    private static final Logger REFUSALS = Logger.getLogger("md.itpp.security.refused");

    public static final String ROUND_LINK = "/consultation/round.xhtml?id=";

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

    // ---- reading -------------------------------------------------------------------------

    /** Negotiators and auditors see every round; consultees those (opened) their institution is invited to. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public List<RoundSummary> rounds() {
        Participant caller = caller();
        List<ConsultationRound> rounds;
        if (caller.isNegotiator() || caller.actor().hasRole(Role.AUDITOR)) {
            rounds = em.createNamedQuery(ConsultationRound.LIST_ALL, ConsultationRound.class)
                    .setMaxResults(500).getResultList();
        } else if (caller.institutionId() == null) {
            return List.of();
        } else {
            rounds = em.createNamedQuery(ConsultationRound.LIST_FOR_INSTITUTION, ConsultationRound.class)
                    .setParameter("institutionId", caller.institutionId()).setMaxResults(500).getResultList();
        }
        boolean staff = caller.isNegotiator() || caller.actor().hasRole(Role.AUDITOR);
        return rounds.stream().map(r -> {
            Optional<Invitation> mine = staff ? Optional.empty() : r.findInvitation(caller.institutionId());
            int submitted = staff
                    ? (int) r.getInvitations().stream().filter(Invitation::isSubmitted).count()
                    : mine.filter(Invitation::isSubmitted).isPresent() ? 1 : 0;
            return new RoundSummary(r.getId(), r.getTitle(), r.getState(), r.getDeadline(), r.getObjectives().size(),
                    r.getInvitations().size(), submitted, mine.flatMap(Invitation::getPosition).orElse(null));
        }).toList();
    }

    /** The round as the caller may see it. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public RoundView round(long roundId) {
        Participant caller = caller();
        return view(visibleRound(caller, roundId), caller);
    }

    /** One comment of the caller's own institution (consultees), e.g. to edit it. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public RoundView.CommentItem comment(long commentId) {
        Participant caller = caller();
        ConsultationComment comment = ownComment(caller, commentId);
        return item(comment, caller, now());
    }

    // ---- negotiators: configuring and running a round ------------------------------------

    /** A new planned round; objectives and institutions are set with {@link #configure}. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long plan(String title, Instant deadline) {
        Actor actor = caller().actor();
        ConsultationRound round = new ConsultationRound(actor, title, deadline);
        em.persist(round);
        em.flush();
        auditRound(actor, "consultation.plan", round, null);
        return round.getId();
    }

    /** A new planned round with its objectives and institutions, all or nothing. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long create(String title, Instant deadline, Collection<String> objectiveCodes,
                       Collection<Long> institutionIds) {
        long id = plan(title, deadline);
        configure(id, getRound(id).getVersion(), title, deadline, objectiveCodes, institutionIds);
        return id;
    }

    /**
     * Replaces a planned round's title, deadline, objectives (by code) and invited institutions.
     *
     * @throws ConcurrentEditException when the round changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void configure(long roundId, long expectedVersion, String title, Instant deadline,
                          Collection<String> objectiveCodes, Collection<Long> institutionIds) {
        Actor actor = caller().actor();
        ConsultationRound round = getRound(roundId);
        checkVersion(round, expectedVersion);
        round.change(actor, title, deadline);
        Set<Long> wanted = new LinkedHashSet<>();
        for (String code : objectiveCodes) {
            Objective objective = objectiveByCode(code);
            round.addObjective(actor, objective);
            wanted.add(objective.getId());
        }
        for (RoundObjective item : List.copyOf(round.getObjectives())) {
            if (!wanted.contains(item.getObjective().getId())) {
                round.removeObjective(actor, item.getObjective().getId());
            }
        }
        List<Institution> institutions = new ArrayList<>();
        for (Long id : institutionIds) {
            Institution institution = id == null ? null : em.find(Institution.class, id);
            if (institution == null) {
                throw ValidationException.invalid("institutions");
            }
            institutions.add(institution);
        }
        round.invite(actor, institutions);
        em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(round);
        auditTrail.record(actor.username(), "consultation.configure", AUDIT_ROUND, round.getId(), null,
                AuditJson.object("title", round.getTitle(), "deadline", round.getDeadline(),
                        "objectives", objectiveCodes, "institutions", institutionIds));
    }

    /** The objective a negotiator may add by code: checked here so the page can say why not. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public RoundView.ObjectiveItem eligibleObjective(String code) {
        Objective objective = objectiveByCode(code);
        if (!ConsultationRound.eligible(objective)) {
            throw new md.itpp.domain.consultation.ObjectiveNotEligibleException(objective.getCode());
        }
        return current(objective);
    }

    /** Opens the round: objectives go into consultation, their latest revisions are frozen. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void open(long roundId, long expectedVersion) {
        Actor actor = caller().actor();
        ConsultationRound round = getRound(roundId);
        checkVersion(round, expectedVersion);
        RoundState before = round.getState();
        round.open(actor, now(), this::latestRevision);
        for (Invitation invitation : round.getInvitations()) {
            for (Account account : consultees(invitation.getInstitution())) {
                notifier.notify(account, "notice.consultation.opened", ROUND_LINK + round.getId(),
                        round.getTitle(), ConsultationTexts.deadline(round.getDeadline()));
            }
        }
        flush(round);
        auditRound(actor, "consultation.open", round, before);
        LOG.info(() -> "Round " + roundId + " opened by " + actor.username());
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void close(long roundId) {
        Actor actor = caller().actor();
        ConsultationRound round = getRound(roundId);
        RoundState before = round.getState();
        round.close(actor, now());
        flush(round);
        auditRound(actor, "consultation.close", round, before);
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void finalizeSynthesis(long roundId) {
        Actor actor = caller().actor();
        ConsultationRound round = getRound(roundId);
        RoundState before = round.getState();
        round.finalizeSynthesis(actor, now());
        flush(round);
        auditRound(actor, "consultation.finalize", round, before);
    }

    /**
     * Records the disposition of a submitted comment.
     *
     * @throws ConcurrentEditException when the comment changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void dispose(long commentId, long expectedVersion, DispositionType disposition, String justification) {
        Actor actor = caller().actor();
        ConsultationComment comment = submittedComment(commentId);
        checkVersion(comment, expectedVersion);
        String before = commentState(comment);
        comment.dispose(actor, disposition, justification, now());
        flush(comment);
        auditTrail.record(actor.username(), "consultation.dispose", AUDIT_COMMENT, comment.getId(), before,
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
        ConsultationComment comment = submittedComment(commentId);
        comment.checkApplicable();
        Objective objective = comment.getRoundObjective().getObjective();
        CommentField field = comment.getField();
        ObjectiveDraft draft = new ObjectiveDraft(objective.getCode(), objective.getArea().getId(),
                field.replaceIn(objective.getContent(), comment.getProposedWording().orElseThrow()),
                objective.getLeadInstitution().getId(),
                objective.getContributingInstitutions().stream().map(Institution::getId).toList(),
                List.<Milestone>copyOf(objective.getMilestones()), List.<Indicator>copyOf(objective.getIndicators()));
        SaveResult result = drafting.applyProposal(objective.getId(), expectedObjectiveVersion, draft, token);
        if (result.replayed()) {
            return result;
        }
        if (!result.changed()) {
            throw new md.itpp.domain.consultation.NothingToApplyException();
        }
        ObjectiveRevision revision = em.createNamedQuery(ObjectiveRevision.FIND_BY_NUMBER, ObjectiveRevision.class)
                .setParameter("objectiveId", objective.getId())
                .setParameter("number", result.revision())
                .getSingleResult();
        comment.applied(revision);
        flush(comment);
        auditTrail.record(callers.currentActor().username(), "consultation.applyWording", AUDIT_COMMENT,
                comment.getId(), null, AuditJson.object("objective", objective.getCode(),
                        "revision", revision.getNumber(), "sha256", revision.getSha256()));
        return result;
    }

    /** The comment-resolution table of a round, in table order. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public List<SynthesisRow> synthesis(long roundId) {
        ConsultationRound round = visibleRound(caller(), roundId);
        return round.submittedComments().stream().map(c -> {
            Invitation invitation = c.getInvitation();
            Institution institution = invitation.getInstitution();
            ObjectiveSnapshot frozen = c.getRoundObjective().frozenContent().orElse(null);
            Objective objective = c.getRoundObjective().getObjective();
            return new SynthesisRow(objective.getCode(),
                    frozen == null ? objective.getTitleEn() : frozen.titleEn(),
                    frozen == null ? objective.getTitleRo() : frozen.titleRo(),
                    c.getField(), institution.getAbbreviation(), institution.getNameEn(), institution.getNameRo(),
                    invitation.getPosition().orElse(null), invitation.getLetterNumber().orElse(null),
                    invitation.getLetterDate().orElse(null), c.getText(), c.getProposedWording().orElse(null),
                    c.getType(), c.getDisposition().orElse(null), c.getJustification().orElse(null),
                    c.getAppliedRevision().map(ObjectiveRevision::getNumber).orElse(null));
        }).toList();
    }

    /** The table as a document; the headings are in Romanian and English, the values in {@code locale}. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public byte[] export(long roundId, SynthesisFormat format, Locale locale) {
        ConsultationRound round = visibleRound(caller(), roundId);
        List<SynthesisRow> rows = synthesis(roundId);
        return SynthesisExporter.export(format, round.getTitle(), round.getState(), rows,
                locale == null ? Locale.forLanguageTag("ro") : locale);
    }

    // ---- consultees ----------------------------------------------------------------------

    /** A new draft comment of the caller's institution. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public long addComment(long roundId, long objectiveId, CommentField field, CommentType type, String text,
                           String proposedWording) {
        Participant caller = caller();
        ConsultationRound round = visibleRound(caller, roundId);
        ConsultationComment comment = round.comment(caller, objectiveId, field, type, text, proposedWording, now());
        em.flush();
        auditTrail.record(caller.actor().username(), "consultation.comment.add", AUDIT_COMMENT, comment.getId(),
                null, commentState(comment));
        return comment.getId();
    }

    @RolesAllowed(Role.Names.CONSULTEE)
    public void editComment(long commentId, long expectedVersion, long objectiveId, CommentField field,
                            CommentType type, String text, String proposedWording) {
        Participant caller = caller();
        ConsultationComment comment = ownComment(caller, commentId);
        checkVersion(comment, expectedVersion);
        String before = commentState(comment);
        comment.edit(caller, objectiveId, field, type, text, proposedWording, now());
        flush(comment);
        auditTrail.record(caller.actor().username(), "consultation.comment.edit", AUDIT_COMMENT, comment.getId(),
                before, commentState(comment));
    }

    @RolesAllowed(Role.Names.CONSULTEE)
    public void dropComment(long commentId, long expectedVersion) {
        Participant caller = caller();
        ConsultationComment comment = ownComment(caller, commentId);
        checkVersion(comment, expectedVersion);
        String before = commentState(comment);
        comment.drop(caller, now());
        flush(comment);
        auditTrail.record(caller.actor().username(), "consultation.comment.drop", AUDIT_COMMENT, comment.getId(),
                before, commentState(comment));
    }

    /** The focal point submits the institution's one consolidated position. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public void submitPosition(long roundId, PositionType position, String letterNumber, LocalDate letterDate) {
        Participant caller = caller();
        ConsultationRound round = visibleRound(caller, roundId);
        Invitation invitation = round.invitationFor(caller);
        invitation.submit(caller, position, letterNumber, letterDate, now());
        em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        findAccount(round.getCreatedBy()).ifPresent(creator -> notifier.notify(creator,
                "notice.consultation.submitted", ROUND_LINK + round.getId(),
                invitation.getInstitution().getAbbreviation(), round.getTitle()));
        flush(round);
        auditTrail.record(caller.actor().username(), "consultation.position.submit", AUDIT_ROUND, round.getId(), null,
                AuditJson.object("institution", invitation.getInstitution().getCode(), "position", position,
                        "letterNumber", letterNumber, "letterDate", letterDate));
    }

    // ---- helpers -------------------------------------------------------------------------

    private static final String AUDIT_ROUND = "ConsultationRound";
    private static final String AUDIT_COMMENT = "ConsultationComment";

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
        Actor actor = callers.currentActor();
        return findAccount(actor.username())
                .map(account -> new Participant(actor, account.isFocalPoint()))
                .orElseGet(() -> new Participant(actor, false));
    }

    private Optional<Account> findAccount(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private ConsultationRound getRound(long roundId) {
        ConsultationRound round = em.find(ConsultationRound.class, roundId);
        if (round == null) {
            throw new AccessDeniedException();
        }
        return round;
    }

    private ConsultationRound visibleRound(Participant caller, long roundId) {
        ConsultationRound round = em.find(ConsultationRound.class, roundId);
        if (round == null || !round.visibleTo(caller)) {
            refused(caller, "round " + roundId + (round == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return round;
    }

    /** A comment of the caller's own institution, in a round the caller may see. */
    private ConsultationComment ownComment(Participant caller, long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || !comment.getRound().visibleTo(caller)
                || !caller.consultsFor(comment.getInvitation().getInstitution().getId())) {
            refused(caller, "comment " + commentId + (comment == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return comment;
    }

    /** Negotiators reach a comment only once its institution submitted it. */
    private ConsultationComment submittedComment(long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || comment.getStatus() != CommentStatus.SUBMITTED) {
            refused(caller(), "comment " + commentId + (comment == null ? " (none)" : " (not submitted)"));
            throw new AccessDeniedException();
        }
        return comment;
    }

    private static void refused(Participant caller, String what) {
        REFUSALS.warning(() -> "Refused: " + caller.username() + " (institution " + caller.institutionId()
                + ") asked for " + what);
    }

    private Objective objectiveByCode(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw ValidationException.required("objective");
        }
        return em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", value).getResultStream().findFirst()
                .orElseThrow(() -> new ObjectiveNotFoundException(value));
    }

    private ObjectiveRevision latestRevision(Objective objective) {
        return em.createNamedQuery(ObjectiveRevision.FIND_LATEST, ObjectiveRevision.class)
                .setParameter("objectiveId", objective.getId())
                .setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> {
                    // Objectives created before revisions existed get their first one now.
                    ObjectiveRevision first = new ObjectiveRevision(objective, 0, RevisionKind.CREATED,
                            callers.currentActor(), null);
                    em.persist(first);
                    return first;
                });
    }

    List<Account> consultees(Institution institution) {
        return em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", institution.getId()).getResultList();
    }

    private RoundView view(ConsultationRound round, Participant caller) {
        Instant now = now();
        boolean staff = caller.isNegotiator() || caller.actor().hasRole(Role.AUDITOR);
        List<RoundView.ObjectiveItem> objectives = round.getObjectives().stream().map(item -> item.getRevision()
                .map(revision -> {
                    ObjectiveSnapshot s = revision.content();
                    Objective o = item.getObjective();
                    return new RoundView.ObjectiveItem(o.getId(), o.getCode(), o.getStatus(), o.getVersion(),
                            revision.getNumber(), revision.getSha256(), s.titleEn(), s.titleRo(), s.textEn(), s.textRo());
                }).orElseGet(() -> current(item.getObjective()))).toList();
        List<RoundView.InvitationItem> invitations = round.getInvitations().stream()
                .filter(i -> staff || i.getInstitution().getId().equals(caller.institutionId()))
                .map(ConsultationService::item).toList();
        List<RoundView.CommentItem> comments = round.getComments().stream()
                .filter(c -> staff ? c.getStatus() == CommentStatus.SUBMITTED
                        : caller.consultsFor(c.getInvitation().getInstitution().getId()))
                .sorted(java.util.Comparator.comparing((ConsultationComment c) -> c.getRoundObjective().getObjective().getCode())
                        .thenComparing(c -> c.getInvitation().getInstitution().getCode())
                        .thenComparing(ConsultationComment::getId))
                .map(c -> item(c, caller, now)).toList();
        RoundView.InvitationItem mine = staff ? null : round.findInvitation(caller.institutionId())
                .map(ConsultationService::item).orElse(null);
        return new RoundView(round.getId(), round.getVersion(), round.getTitle(), round.getState(), round.getDeadline(),
                round.getCreatedBy(), round.getOpenedAt().orElse(null), round.getClosedAt().orElse(null),
                round.isClosedAutomatically(), round.getFinalizedAt().orElse(null), objectives, invitations, comments,
                mine, !staff && caller.isFocalPointOf(caller.institutionId()), round.acceptsInput(now),
                round.undisposedCount());
    }

    private static RoundView.ObjectiveItem current(Objective o) {
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

    private static void checkVersion(ConsultationRound round, long expected) {
        if (round.getVersion() != expected) {
            throw new ConcurrentEditException(round.getId(), round.getTitle());
        }
    }

    private static void checkVersion(ConsultationComment comment, long expected) {
        if (comment.getVersion() != expected) {
            throw new ConcurrentEditException(comment.getId(), "#" + comment.getId());
        }
    }

    /** A lost race shows here as the editor's conflict message, not as a server error at commit. */
    private void flush(Object entity) {
        try {
            em.flush();
        } catch (OptimisticLockException | org.hibernate.StaleStateException e) {
            throw new ConcurrentEditException(0L, String.valueOf(entity));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
