package md.itpp.domain.objective;

import static md.itpp.domain.objective.ObjectiveAction.AGREE;
import static md.itpp.domain.objective.ObjectiveAction.APPROVE;
import static md.itpp.domain.objective.ObjectiveAction.CLOSE_CONSULTATION;
import static md.itpp.domain.objective.ObjectiveAction.OPEN_CONSULTATION;
import static md.itpp.domain.objective.ObjectiveAction.RECORD_ADOPTION;
import static md.itpp.domain.objective.ObjectiveAction.RECORD_NATO_COMMENTS;
import static md.itpp.domain.objective.ObjectiveAction.RETURN_FOR_REVISION;
import static md.itpp.domain.objective.ObjectiveAction.REVISE_AFTER_NATO;
import static md.itpp.domain.objective.ObjectiveAction.SEND_TO_NATO;
import static md.itpp.domain.objective.ObjectiveAction.SIGN_OFF;
import static md.itpp.domain.objective.ObjectiveAction.SUBMIT;
import static md.itpp.domain.objective.ObjectiveAction.WITHDRAW;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.SegregationOfDutiesException.Rule;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.domain.Bilingual;

/**
 * An objective of the programme: a strategic objective (the end) or one of its partnership
 * goals (the ways). It is the aggregate root for its content, milestones, indicators and
 * lifecycle: every change goes through a method that checks the status and the caller.
 * <p>
 * Code, level, parent, programme and area are fixed at creation, because codes such as
 * {@code PG-CYB-1.2} spell out where the objective belongs.
 * <p>
 * Other instances (parent, children, institutions) may be lazy proxies, so they are read
 * only through their methods, never their fields.
 */
@Entity
@Table(name = "objective")
@NamedQuery(name = Objective.FIND_BY_CODE, query = "select o from Objective o where o.code = :code")
@NamedQuery(name = Objective.COUNT_IN_STATUSES,
        query = "select count(o) from Objective o where o.status in :statuses")
@NamedQuery(name = Objective.FIND_IN_STATUSES,
        query = "select o from Objective o where o.status in :statuses order by o.code")
@NamedQuery(name = Objective.LIST_IN_STATUSES,
        query = "select o.id, o.code, o.title.en, o.title.ro, o.status from Objective o"
                + " where o.status in :statuses order by o.updatedAt desc, o.code")
@NamedQuery(name = Objective.COUNT_BY_AREA_AND_STATUS,
        query = "select o.area.id, o.status, count(o) from Objective o group by o.area.id, o.status")
@NamedQuery(name = Objective.COUNT_STRATEGIC, query = "select count(o) from Objective o where o.parent is null")
@NamedQuery(name = Objective.COUNT_ID, query = "select count(o) from Objective o where o.id = :id")
@NamedQuery(name = Objective.OUTLINE_STRATEGIC,
        query = "select o.id, o.code, o.level, o.title.en, o.title.ro, o.status from Objective o"
                + " where o.parent is null order by o.code")
@NamedQuery(name = Objective.OUTLINE_GOALS,
        query = "select o.id, o.code, o.level, o.title.en, o.title.ro, o.status, o.parent.id from Objective o"
                + " where o.parent.id in :parentIds order by o.code")
public class Objective implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code code}. */
    public static final String FIND_BY_CODE = "Objective.findByCode";
    /** Parameter {@code statuses}. */
    public static final String COUNT_IN_STATUSES = "Objective.countInStatuses";
    /** Parameter {@code statuses}: the objectives, by code. */
    public static final String FIND_IN_STATUSES = "Objective.findInStatuses";
    /** Parameter {@code statuses}: id, code, titles and status, most recently changed first (a tuple). */
    public static final String LIST_IN_STATUSES = "Objective.listInStatuses";
    /** Area id, status and count, for every area and status that has objectives. */
    public static final String COUNT_BY_AREA_AND_STATUS = "Objective.countByAreaAndStatus";
    /** How many strategic objectives there are. */
    public static final String COUNT_STRATEGIC = "Objective.countStrategic";
    /** Whether there is an objective of this id (1 or 0), without reading it. Parameter {@code id}. */
    public static final String COUNT_ID = "Objective.countId";
    /** The strategic objectives by code: id, code, level, titles and status (a tuple). */
    public static final String OUTLINE_STRATEGIC = "Objective.outlineStrategic";
    /** Parameter {@code parentIds}: their goals by code: id, code, level, titles, status and parent id (a tuple). */
    public static final String OUTLINE_GOALS = "Objective.outlineGoals";

    public static final int CODE_MAX = 32;
    public static final int REASON_MAX = 2000;
    public static final int USERNAME_MAX = 64;
    public static final int DECISION_NUMBER_MAX = 64;
    /** More would not fit a programme's four years; the limit also bounds a revision's size. */
    public static final int MILESTONES_MAX = 40;
    public static final int INDICATORS_MAX = 40;

    /** E.g. {@code SO-CYB-1}, {@code PG-CYB-1.2}: capital letters and digits joined by - or . */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:[-.][A-Z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective_level", length = 32, nullable = false, updatable = false)
    private ObjectiveLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Objective parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("code")
    private List<Objective> children = new ArrayList<>();

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private CooperationArea area;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_institution_id", nullable = false)
    private Institution leadInstitution;

    @ManyToMany
    @JoinTable(name = "objective_contributor",
            joinColumns = @JoinColumn(name = "objective_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> contributingInstitutions = new HashSet<>();

    /** Either language may be unwritten while the other is the authoritative one. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "title_en", length = ObjectiveContent.TITLE_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "title_ro", length = ObjectiveContent.TITLE_MAX))
    private Bilingual title;

    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "text_en", length = ObjectiveContent.TEXT_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "text_ro", length = ObjectiveContent.TEXT_MAX))
    private Bilingual text;

    @Enumerated(EnumType.STRING)
    @Column(name = "authoritative_language", length = 32, nullable = false)
    private Language authoritativeLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_instrument", length = 32, nullable = false)
    private SourceInstrument sourceInstrument;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 32, nullable = false)
    private Priority priority;

    @Column(name = "resources", length = ObjectiveContent.NOTE_MAX)
    private String resources;

    @Column(name = "risks", length = ObjectiveContent.NOTE_MAX)
    private String risks;

    @Column(name = "context", length = ObjectiveContent.NOTE_MAX)
    private String context;

    @ElementCollection
    @CollectionTable(name = "objective_milestone", joinColumns = @JoinColumn(name = "objective_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "objective_indicator", joinColumns = @JoinColumn(name = "objective_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 32, nullable = false)
    private ObjectiveStatus status;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "content_author", length = USERNAME_MAX, nullable = false)
    private String contentAuthor;

    @Column(name = "signed_off_by", length = USERNAME_MAX)
    private String signedOffBy;

    @Column(name = "approved_by", length = USERNAME_MAX)
    private String approvedBy;

    @Column(name = "government_decision_number", length = DECISION_NUMBER_MAX)
    private String governmentDecisionNumber;

    @Column(name = "government_decision_date")
    private LocalDate governmentDecisionDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "translation_outdated", nullable = false)
    private boolean translationOutdated;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Objective() {
    }

    private Objective(Actor author, String code, ObjectiveLevel level, Objective parent,
                      Programme programme, CooperationArea area, Institution lead,
                      ObjectiveContent content) {
        Objects.requireNonNull(author, "author");
        if (!author.hasRole(Role.NEGOTIATOR)) {
            throw new EditNotAllowedException(ObjectiveStatus.DRAFT);
        }
        this.code = checkCode(code);
        this.level = level;
        this.parent = parent;
        this.programme = programme;
        this.area = area;
        this.status = ObjectiveStatus.DRAFT;
        assign(lead, Set.of());
        apply(content);
        this.contentAuthor = author.username();
        this.createdAt = touch();
    }

    /**
     * A new strategic objective, in draft, written by {@code author} (a negotiator).
     *
     * @param area one of the programme's cooperation areas
     */
    public static Objective strategic(Actor author, String code, Programme programme,
                                      CooperationArea area, Institution lead, ObjectiveContent content) {
        if (programme == null) {
            throw ValidationException.required("programme");
        }
        if (area == null) {
            throw ValidationException.required("area");
        }
        if (!programme.equals(area.getProgramme())) {
            throw ValidationException.of("area", ObjectiveMessages.AREA_OUTSIDE_PROGRAMME,
                    area.getCode(), programme.getCode());
        }
        return new Objective(author, code, ObjectiveLevel.STRATEGIC_OBJECTIVE, null, programme, area,
                lead, content);
    }

    /**
     * A new partnership goal under a strategic objective, in draft, written by {@code author}
     * (a negotiator). It belongs to the parent's programme and area.
     */
    public static Objective goal(Actor author, String code, Objective parent, Institution lead,
                                 ObjectiveContent content) {
        if (parent == null) {
            throw new ValidationException(ObjectiveMessages.GOAL_NEEDS_STRATEGIC_PARENT, code);
        }
        parent.checkNewGoal(code);
        Objective goal = new Objective(author, code, ObjectiveLevel.PARTNERSHIP_GOAL, parent,
                parent.getProgramme(), parent.getArea(), lead, content);
        parent.addChild(goal);
        return goal;
    }

    /**
     * Refuses a new partnership goal {@code goalCode} under this objective: only a strategic
     * objective that is not withdrawn and is still editable takes new goals.
     */
    public void checkNewGoal(String goalCode) {
        if (level != ObjectiveLevel.STRATEGIC_OBJECTIVE) {
            throw new ValidationException(ObjectiveMessages.GOAL_NEEDS_STRATEGIC_PARENT, goalCode);
        }
        if (status == ObjectiveStatus.WITHDRAWN) {
            throw new ValidationException(ObjectiveMessages.PARENT_WITHDRAWN, code);
        }
        if (!isEditable()) {
            // A new way towards an end that is under sign-off or with NATO would change what
            // was submitted without anyone deciding on it.
            throw new EditNotAllowedException(status);
        }
    }

    /** Keeps the in-memory side of the parent link in step; the database side is the child's. */
    protected void addChild(Objective child) {
        children.add(child);
    }

    // ---- content, while editable ---------------------------------------------------------

    /** Whether the content may be changed now: in draft, in revision, or returned. */
    public boolean isEditable() {
        return status.isEditable();
    }

    /** Refuses to open the content for editing unless it is editable now. */
    public void checkEditable() {
        if (!isEditable()) {
            throw new EditNotAllowedException(status);
        }
    }

    /** Whether the actor may change the content now. */
    public boolean canEdit(Actor actor) {
        return isEditable() && actor.hasRole(Role.NEGOTIATOR);
    }

    /**
     * One save of the editor: content, institutions, milestones and indicators together, all
     * checked before anything changes. A save that changes nothing leaves the objective as it
     * was (no new author, no new time, no new version).
     *
     * @return whether anything changed
     */
    public boolean edit(Actor editor, ObjectiveContent content, Institution lead,
                        Collection<Institution> contributors, List<Milestone> newMilestones,
                        List<Indicator> newIndicators) {
        checkEditable(editor);
        if (content == null) {
            throw ValidationException.required("content");
        }
        Set<Institution> wantedContributors = checkedContributors(lead, contributors);
        List<Milestone> wantedMilestones = checkedMilestones(newMilestones);
        List<Indicator> wantedIndicators = checkedIndicators(newIndicators);
        ObjectiveContent before = getContent();
        boolean changed = !before.equals(content)
                || !lead.equals(getLeadInstitution())
                || !wantedContributors.equals(new HashSet<>(contributingInstitutions))
                || !wantedMilestones.equals(milestones)
                || !wantedIndicators.equals(indicators);
        if (!changed) {
            return false;
        }
        apply(content);
        followTranslation(before, content);
        this.leadInstitution = lead;
        contributingInstitutions.retainAll(wantedContributors);
        contributingInstitutions.addAll(wantedContributors);
        milestones.clear();
        milestones.addAll(wantedMilestones);
        indicators.clear();
        indicators.addAll(wantedIndicators);
        wroteBy(editor);
        return true;
    }

    /**
     * Records that a negotiator checked the other language and found it still right after the
     * authoritative text changed. The content and its author stay as they are.
     *
     * @return whether the translation was marked out of date (otherwise nothing changes)
     */
    public boolean confirmTranslation(Actor editor) {
        checkEditable(editor);
        if (!translationOutdated) {
            return false;
        }
        translationOutdated = false;
        touch();
        return true;
    }

    /**
     * The bilingual rule: the authoritative text changed while an existing translation did not,
     * so the translation may no longer say the same; a change to the translation is taken as
     * bringing it up to date.
     */
    private void followTranslation(ObjectiveContent before, ObjectiveContent after) {
        Language authoritative = after.authoritativeLanguage();
        Language other = authoritative.other();
        boolean otherChanged = !Objects.equals(title(before, other), title(after, other))
                || !Objects.equals(text(before, other), text(after, other));
        boolean authoritativeChanged = !Objects.equals(title(before, authoritative), title(after, authoritative))
                || !Objects.equals(text(before, authoritative), text(after, authoritative));
        boolean translated = title(after, other) != null || text(after, other) != null;
        if (otherChanged) {
            translationOutdated = false;
        } else if (authoritativeChanged && translated) {
            translationOutdated = true;
        }
    }

    private static String title(ObjectiveContent content, Language language) {
        return language == Language.RO ? content.titleRo() : content.titleEn();
    }

    private static String text(ObjectiveContent content, Language language) {
        return language == Language.RO ? content.textRo() : content.textEn();
    }

    /** Sets the lead and the contributing institutions; the lead cannot also contribute. */
    public void assignInstitutions(Actor editor, Institution lead, Collection<Institution> contributors) {
        checkEditable(editor);
        assign(lead, contributors);
        wroteBy(editor);
    }

    /**
     * Replaces the milestones, kept in order of year. Each year must lie within the programme.
     */
    public void replaceMilestones(Actor editor, List<Milestone> newMilestones) {
        checkEditable(editor);
        List<Milestone> checked = checkedMilestones(newMilestones);
        milestones.clear();
        milestones.addAll(checked);
        wroteBy(editor);
    }

    /** The milestones as they would be kept: each year within the programme, sorted by year. */
    private List<Milestone> checkedMilestones(List<Milestone> newMilestones) {
        List<Milestone> checked = new ArrayList<>(newMilestones == null ? List.of() : newMilestones);
        if (checked.size() > MILESTONES_MAX) {
            throw ValidationException.tooMany("milestones", MILESTONES_MAX);
        }
        Programme owner = getProgramme();
        for (Milestone milestone : checked) {
            if (milestone == null) {
                throw ValidationException.invalid("milestones");
            }
            Milestone.checkYear(milestone.getYear(), owner.getStartYear(), owner.getEndYear());
        }
        // Stable: milestones of one year keep the order the editor gave them.
        checked.sort(Comparator.comparingInt(Milestone::getYear));
        return checked;
    }

    /** Replaces the indicators, keeping the given order. */
    public void replaceIndicators(Actor editor, List<Indicator> newIndicators) {
        checkEditable(editor);
        List<Indicator> checked = checkedIndicators(newIndicators);
        indicators.clear();
        indicators.addAll(checked);
        wroteBy(editor);
    }

    private static List<Indicator> checkedIndicators(List<Indicator> newIndicators) {
        List<Indicator> checked = new ArrayList<>(newIndicators == null ? List.of() : newIndicators);
        if (checked.size() > INDICATORS_MAX) {
            throw ValidationException.tooMany("indicators", INDICATORS_MAX);
        }
        if (checked.contains(null)) {
            throw ValidationException.invalid("indicators");
        }
        return checked;
    }

    private void checkEditable(Actor editor) {
        Objects.requireNonNull(editor, "editor");
        if (!canEdit(editor)) {
            throw new EditNotAllowedException(status);
        }
    }

    private void apply(ObjectiveContent content) {
        if (content == null) {
            throw ValidationException.required("content");
        }
        this.title = Bilingual.of(content.titleEn(), content.titleRo());
        this.text = Bilingual.of(content.textEn(), content.textRo());
        this.authoritativeLanguage = content.authoritativeLanguage();
        this.sourceInstrument = content.sourceInstrument();
        this.priority = content.priority();
        this.resources = content.resources();
        this.risks = content.risks();
        this.context = content.context();
    }

    private void assign(Institution lead, Collection<Institution> contributors) {
        Set<Institution> wanted = checkedContributors(lead, contributors);
        this.leadInstitution = lead;
        contributingInstitutions.retainAll(wanted);
        contributingInstitutions.addAll(wanted);
    }

    private static Set<Institution> checkedContributors(Institution lead, Collection<Institution> contributors) {
        if (lead == null) {
            throw ValidationException.required("leadInstitution");
        }
        Set<Institution> wanted = new HashSet<>();
        for (Institution contributor : contributors == null ? List.<Institution>of() : contributors) {
            if (contributor == null) {
                throw ValidationException.invalid("contributingInstitutions");
            }
            wanted.add(contributor);
        }
        if (wanted.contains(lead)) {
            throw ValidationException.of("contributingInstitutions", ObjectiveMessages.LEAD_ALSO_CONTRIBUTOR,
                    lead.getAbbreviation());
        }
        return wanted;
    }

    private void wroteBy(Actor editor) {
        this.contentAuthor = editor.username();
        touch();
    }

    // ---- lifecycle -----------------------------------------------------------------------

    /**
     * The actions the actor may take now: allowed from the status to one of the actor's roles,
     * and not barred by segregation of duties. Actions needing a reason are included; the
     * reason is asked for when the action is taken.
     */
    public Set<ObjectiveAction> availableActions(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Set<ObjectiveAction> available = EnumSet.noneOf(ObjectiveAction.class);
        for (ObjectiveAction action : ObjectiveAction.values()) {
            if (action.permits(status, actor) && segregationBreach(action, actor).isEmpty()) {
                available.add(action);
            }
        }
        return Collections.unmodifiableSet(available);
    }

    public void openConsultation(Actor actor) {
        complete(OPEN_CONSULTATION, authorise(OPEN_CONSULTATION, actor, null));
    }

    public void closeConsultation(Actor actor) {
        complete(CLOSE_CONSULTATION, authorise(CLOSE_CONSULTATION, actor, null));
    }

    /**
     * Submits for sign-off. From draft, skipping consultation, a reason is required; from
     * revision or after a return it is optional. Refused while the translation is marked out of
     * date: a negotiator updates or confirms it first (both possible in every status that
     * allows a submission).
     */
    public void submit(Actor actor, String reason) {
        String checkedReason = authorise(SUBMIT, actor, reason);
        if (translationOutdated) {
            // Reviewers and approvers would decide on two languages that may say different things.
            throw new TranslationOutdatedException(authoritativeLanguage.other());
        }
        complete(SUBMIT, checkedReason);
    }

    /**
     * Checks that the actor may sign off the submitted content now (status, role, segregation
     * of duties) without changing anything: a sign-off of an intermediate review step of the
     * approval chain leaves the objective submitted.
     */
    public void checkSignOff(Actor actor) {
        authorise(SIGN_OFF, actor, null);
    }

    /** Signs off the submitted content (the last review step); its author cannot. */
    public void signOff(Actor actor) {
        String reason = authorise(SIGN_OFF, actor, null);
        this.signedOffBy = actor.username();
        complete(SIGN_OFF, reason);
    }

    /** Sends the objective back to the negotiators, with the reason; the sign-off lapses. */
    public void returnForRevision(Actor actor, String reason) {
        String given = authorise(RETURN_FOR_REVISION, actor, reason);
        this.signedOffBy = null;
        this.approvedBy = null;
        complete(RETURN_FOR_REVISION, given);
    }

    /** Approves the signed-off content; neither its author nor its signer can. */
    public void approve(Actor actor) {
        String reason = authorise(APPROVE, actor, null);
        this.approvedBy = actor.username();
        complete(APPROVE, reason);
    }

    public void sendToNato(Actor actor) {
        complete(SEND_TO_NATO, authorise(SEND_TO_NATO, actor, null));
    }

    public void recordNatoComments(Actor actor) {
        complete(RECORD_NATO_COMMENTS, authorise(RECORD_NATO_COMMENTS, actor, null));
    }

    /**
     * Reopens the text after NATO's comments or after agreement (agreed text is otherwise
     * locked; reopening it needs a reason). The new text will need a new sign-off and approval.
     */
    public void reviseAfterNato(Actor actor, String reason) {
        String given = authorise(REVISE_AFTER_NATO, actor, reason);
        this.signedOffBy = null;
        this.approvedBy = null;
        complete(REVISE_AFTER_NATO, given);
    }

    public void agree(Actor actor) {
        complete(AGREE, authorise(AGREE, actor, null));
    }

    /** Records the Government decision that adopted the objective: its number and date. */
    public void recordAdoption(Actor actor, String decisionNumber, LocalDate decisionDate) {
        String reason = authorise(RECORD_ADOPTION, actor, null);
        String number = Texts.required("governmentDecisionNumber", decisionNumber, DECISION_NUMBER_MAX);
        if (decisionDate == null) {
            throw ValidationException.required("governmentDecisionDate");
        }
        this.governmentDecisionNumber = number;
        this.governmentDecisionDate = decisionDate;
        complete(RECORD_ADOPTION, reason);
    }

    /** Withdraws the objective from the programme, with the reason. */
    public void withdraw(Actor actor, String reason) {
        complete(WITHDRAW, authorise(WITHDRAW, actor, reason));
    }

    /**
     * Checks everything an action needs before anything changes.
     *
     * @return the trimmed reason, or {@code null} when none was given
     */
    private String authorise(ObjectiveAction action, Actor actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        if (!action.permits(status, actor)) {
            throw new TransitionNotAllowedException(action, status);
        }
        String given = Texts.optional("reason", reason, REASON_MAX);
        if (given == null && action.requiresReason(status)) {
            throw new ReasonRequiredException(action);
        }
        Optional<Rule> breach = segregationBreach(action, actor);
        if (breach.isPresent()) {
            throw new SegregationOfDutiesException(breach.get());
        }
        return given;
    }

    private Optional<Rule> segregationBreach(ObjectiveAction action, Actor actor) {
        if ((action == SIGN_OFF || action == APPROVE) && actor.hasRole(Role.ADMIN)) {
            return Optional.of(Rule.ADMINISTRATOR_DECIDES);
        }
        if (action == SIGN_OFF && actor.is(contentAuthor)) {
            return Optional.of(Rule.AUTHOR_SIGNS_OFF);
        }
        if (action == APPROVE && actor.is(contentAuthor)) {
            return Optional.of(Rule.AUTHOR_APPROVES);
        }
        if (action == APPROVE && actor.is(signedOffBy)) {
            return Optional.of(Rule.SIGNER_APPROVES);
        }
        return Optional.empty();
    }

    private void complete(ObjectiveAction action, String reason) {
        if (reason != null) {
            this.statusReason = reason;
        }
        this.status = action.target();
        touch();
    }

    /** The one place that reads the clock; microseconds, as the database keeps them. */
    private Instant touch() {
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return updatedAt;
    }

    // ---- reading -------------------------------------------------------------------------

    /** The title in the locale's language, or in the other one while untranslated. */
    public String title(Locale locale) {
        return getTitle().in(locale);
    }

    /** The text in the locale's language, or in the other one while untranslated. */
    public String text(Locale locale) {
        return getText().in(locale);
    }

    /** Whether the institution leads the objective or contributes to it. */
    public boolean involves(Long institutionId) {
        return institutionId != null
                && (institutionId.equals(getLeadInstitution().getId())
                        || contributingInstitutions.stream().anyMatch(i -> institutionId.equals(i.getId())));
    }

    /**
     * The visibility rule for an institution's consultees, the one place it is written (the
     * services' queries follow it): the objectives the institution leads or contributes to, and
     * every partnership goal of a strategic objective it leads or contributes to (the goals are
     * the ways to an end the institution shares, and its page shows them).
     */
    public boolean visibleToInstitution(Long institutionId) {
        return involves(institutionId) || (parent != null && parent.involves(institutionId));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ObjectiveLevel getLevel() {
        return level;
    }

    public boolean isStrategic() {
        return level == ObjectiveLevel.STRATEGIC_OBJECTIVE;
    }

    /** The strategic objective of a partnership goal; empty for a strategic objective. */
    public Optional<Objective> getParent() {
        return Optional.ofNullable(parent);
    }

    /** The partnership goals of a strategic objective, by code; an unmodifiable view. */
    public List<Objective> getChildren() {
        return Collections.unmodifiableList(children);
    }

    public Programme getProgramme() {
        return programme;
    }

    public CooperationArea getArea() {
        return area;
    }

    public Institution getLeadInstitution() {
        return leadInstitution;
    }

    /** An unmodifiable view. */
    public Set<Institution> getContributingInstitutions() {
        return Collections.unmodifiableSet(contributingInstitutions);
    }

    /** The content as one value, e.g. to fill an edit form. */
    public ObjectiveContent getContent() {
        return new ObjectiveContent(getTitle().en(), getTitle().ro(), getText().en(), getText().ro(),
                authoritativeLanguage,
                sourceInstrument, priority, resources, risks, context);
    }

    /** The title in both languages (a language not yet written is {@code null} in it). */
    public Bilingual getTitle() {
        // A row with neither language written reads back as no embedded value at all.
        return title == null ? Bilingual.NONE : title;
    }

    /** The text in both languages (a language not yet written is {@code null} in it). */
    public Bilingual getText() {
        return text == null ? Bilingual.NONE : text;
    }

    /** Empty when not yet written. */
    public String getTitleEn() {
        return Objects.toString(getTitle().en(), "");
    }

    /** Empty when not yet written. */
    public String getTitleRo() {
        return Objects.toString(getTitle().ro(), "");
    }

    /** Empty when not yet written. */
    public String getTextEn() {
        return Objects.toString(getText().en(), "");
    }

    /** Empty when not yet written. */
    public String getTextRo() {
        return Objects.toString(getText().ro(), "");
    }

    public Language getAuthoritativeLanguage() {
        return authoritativeLanguage;
    }

    public SourceInstrument getSourceInstrument() {
        return sourceInstrument;
    }

    public Priority getPriority() {
        return priority;
    }

    /** Empty when not yet written. */
    public String getResources() {
        return Objects.toString(resources, "");
    }

    /** Empty when not yet written. */
    public String getRisks() {
        return Objects.toString(risks, "");
    }

    /** Empty when not yet written. */
    public String getContext() {
        return Objects.toString(context, "");
    }

    /** By year; an unmodifiable view. */
    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    /** An unmodifiable view. */
    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    /** The last reason given for a return, a withdrawal or a submission. */
    public Optional<String> getStatusReason() {
        return Optional.ofNullable(statusReason);
    }

    /** The username of whoever wrote the current content. */
    public String getContentAuthor() {
        return contentAuthor;
    }

    /** Who signed off the current content; empty until signed off, and again after a return. */
    public Optional<String> getSignedOffBy() {
        return Optional.ofNullable(signedOffBy);
    }

    /** Who approved the current content; empty until approved, and again after a revision. */
    public Optional<String> getApprovedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<String> getGovernmentDecisionNumber() {
        return Optional.ofNullable(governmentDecisionNumber);
    }

    public Optional<LocalDate> getGovernmentDecisionDate() {
        return Optional.ofNullable(governmentDecisionDate);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Whether the authoritative title or text changed after the other language was written,
     * and nobody has yet updated that language or confirmed it still says the same.
     */
    public boolean isTranslationOutdated() {
        return translationOutdated;
    }


    private static String checkCode(String code) {
        String value = Texts.required("code", code, CODE_MAX);
        if (!CODE.matcher(value).matches()) {
            throw ValidationException.of("code", ObjectiveMessages.CODE_FORMAT, value);
        }
        return value;
    }

    /** Codes are unique and never change. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Objective objective && Objects.equals(getCode(), objective.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getCode());
    }

    @Override
    public String toString() {
        return "Objective[" + code + " " + status + "]";
    }
}
