package md.itpp.domain.monitoring;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Bilingual;
import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.FocalPointRequiredException;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.Institution;

/**
 * One objective's progress report in a period, written by the objective's lead institution:
 * experts draft, the focal point submits, the negotiator returns it with a reason or accepts
 * it. Contributing institutions add their input while the lead institution drafts. Every change
 * is a method that checks the caller, the report's state and the period's.
 */
@Entity
@Table(name = "monitoring_report")
@NamedQuery(name = ProgressReport.FOR_INSTITUTION,
        query = "select r from ProgressReport r where r.period.id = :periodId and " + ProgressReport.INVOLVES
                + " order by r.objective.code")
@NamedQuery(name = ProgressReport.PAGE_OF_PERIOD,
        query = "select r from ProgressReport r join fetch r.objective o join fetch o.area join fetch r.institution"
                + " where r.period.id = :periodId order by o.code, r.id")
@NamedQuery(name = ProgressReport.COUNT_OF_PERIOD,
        query = "select count(r) from ProgressReport r where r.period.id = :periodId")
@NamedQuery(name = ProgressReport.PAGE_FOR_INSTITUTION,
        query = "select r from ProgressReport r join fetch r.objective o join fetch o.area join fetch r.institution"
                + " where r.period.id = :periodId and " + ProgressReport.INVOLVES + " order by o.code, r.id")
@NamedQuery(name = ProgressReport.COUNT_FOR_INSTITUTION,
        query = "select count(r) from ProgressReport r where r.period.id = :periodId and " + ProgressReport.INVOLVES)
@NamedQuery(name = ProgressReport.COUNT_LED_BY,
        query = "select count(r) from ProgressReport r where r.period.id = :periodId and r.institution.id = :institutionId")
@NamedQuery(name = ProgressReport.COUNT_NOT_ACCEPTED,
        query = "select count(r) from ProgressReport r where r.period.id = :periodId"
                + " and r.state <> md.itpp.domain.monitoring.ReportState.ACCEPTED")
@NamedQuery(name = ProgressReport.OF_PERIOD,
        query = "select r from ProgressReport r where r.period.id = :periodId order by r.objective.code")
@NamedQuery(name = ProgressReport.DUE_FOR_REMINDER,
        query = "select distinct r.period.id, r.institution.id from ProgressReport r"
                + " where r.period.state = md.itpp.domain.monitoring.PeriodState.OPEN and r.state in :states"
                + " and r.remindedAt is null and r.period.institutionsDeadline >= :today"
                + " and r.period.institutionsDeadline <= :horizon")
@NamedQuery(name = ProgressReport.CLAIM_REMINDER,
        query = "update ProgressReport r set r.remindedAt = :now where r.period.id = :periodId"
                + " and r.institution.id = :institutionId and r.remindedAt is null and r.state in :states")
@NamedQuery(name = ProgressReport.RELEASE_REMINDER,
        query = "update ProgressReport r set r.remindedAt = null where r.period.id = :periodId"
                + " and r.institution.id = :institutionId and r.remindedAt = :claimedAt")
@NamedQuery(name = ProgressReport.TO_WRITE,
        query = "select r.id, p.id, p.title, o.code, o.title.en, o.title.ro, i.code, r.state, p.institutionsDeadline"
                + " from ProgressReport r join r.period p join r.objective o join r.institution i"
                + " where p.state = md.itpp.domain.monitoring.PeriodState.OPEN and r.institution.id = :institutionId"
                + " and r.state in :states order by p.institutionsDeadline, o.code")
@NamedQuery(name = ProgressReport.COUNT_TO_WRITE,
        query = "select count(r) from ProgressReport r where r.period.state = md.itpp.domain.monitoring.PeriodState.OPEN"
                + " and r.institution.id = :institutionId and r.state in :states")
@NamedQuery(name = ProgressReport.TO_REVIEW,
        query = "select r.id, p.id, p.title, o.code, o.title.en, o.title.ro, i.code, r.state, p.consolidationDeadline"
                + " from ProgressReport r join r.period p join r.objective o join r.institution i"
                + " where p.state = md.itpp.domain.monitoring.PeriodState.OPEN"
                + " and r.state = md.itpp.domain.monitoring.ReportState.SUBMITTED"
                + " order by p.consolidationDeadline, o.code")
@NamedQuery(name = ProgressReport.COUNT_TO_REVIEW,
        query = "select count(r) from ProgressReport r where r.period.state = md.itpp.domain.monitoring.PeriodState.OPEN"
                + " and r.state = md.itpp.domain.monitoring.ReportState.SUBMITTED")
@NamedQuery(name = ProgressReport.BY_INSTITUTION,
        query = "select i.code, i.name.en, i.name.ro, count(r),"
                + " sum(case when r.state in (md.itpp.domain.monitoring.ReportState.DRAFT,"
                + " md.itpp.domain.monitoring.ReportState.RETURNED) then 1 else 0 end),"
                + " sum(case when r.state = md.itpp.domain.monitoring.ReportState.SUBMITTED then 1 else 0 end),"
                + " sum(case when r.state = md.itpp.domain.monitoring.ReportState.ACCEPTED then 1 else 0 end)"
                + " from ProgressReport r join r.institution i where r.period.id = :periodId"
                + " group by i.code, i.name.en, i.name.ro order by i.code")
@NamedQuery(name = ProgressReport.MILESTONES_IN_STATUSES,
        query = "select r.id, o.code, o.title.en, o.title.ro, i.code, m.milestoneIndex, m.status, m.comment"
                + " from ProgressReport r join r.milestones m join r.objective o join r.institution i"
                + " where r.period.id = :periodId and m.status in :statuses order by o.code, m.milestoneIndex")
@NamedQuery(name = ProgressReport.COUNT_MILESTONES_IN_STATUSES,
        query = "select count(m) from ProgressReport r join r.milestones m"
                + " where r.period.id = :periodId and m.status in :statuses")
@NamedQuery(name = ProgressReport.STATES_BY_PERIOD,
        query = "select r.period.id, r.state, count(r) from ProgressReport r group by r.period.id, r.state")
@NamedQuery(name = ProgressReport.MILESTONES_BY_PERIOD,
        query = "select r.period.id, m.status, count(m), sum(m.weight) from ProgressReport r join r.milestones m"
                + " group by r.period.id, m.status")
@NamedQuery(name = ProgressReport.STATES_BY_PERIOD_FOR_INSTITUTION,
        query = "select r.period.id, r.state, count(r) from ProgressReport r where r.institution.id = :institutionId"
                + " group by r.period.id, r.state")
@NamedQuery(name = ProgressReport.STAMP,
        query = "select count(r), coalesce(sum(r.version), 0) from ProgressReport r where r.period.id = :periodId")
public class ProgressReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The report's objective is led by, or has as contributor, the institution {@code institutionId}:
     * who may see a report, as {@link #visibleTo} says it, in one place for every query that needs it.
     */
    static final String INVOLVES = "(r.institution.id = :institutionId or exists (select c from Objective x"
            + " join x.contributingInstitutions c where x = r.objective and c.id = :institutionId))";
    /** Parameters {@code periodId}, {@code institutionId}: the reports it leads or contributes to. */
    public static final String FOR_INSTITUTION = "ProgressReport.forInstitution";
    /**
     * Parameter {@code periodId}: the period's reports by objective code, with objective, area and
     * institution in the same query, to be read a page at a time; {@link #COUNT_OF_PERIOD} counts them.
     */
    public static final String PAGE_OF_PERIOD = "ProgressReport.pageOfPeriod";
    public static final String COUNT_OF_PERIOD = "ProgressReport.countOfPeriod";
    /** As {@link #PAGE_OF_PERIOD}, of the reports the institution ({@code institutionId}) leads or contributes to. */
    public static final String PAGE_FOR_INSTITUTION = "ProgressReport.pageForInstitution";
    public static final String COUNT_FOR_INSTITUTION = "ProgressReport.countForInstitution";
    /** Parameters {@code periodId}, {@code institutionId}: how many of the period's reports it leads. */
    public static final String COUNT_LED_BY = "ProgressReport.countLedBy";
    /** Parameter {@code periodId}: how many of its reports are not accepted yet. */
    public static final String COUNT_NOT_ACCEPTED = "ProgressReport.countNotAccepted";
    /** Parameter {@code periodId}: every report of the period, by objective code. */
    public static final String OF_PERIOD = "ProgressReport.ofPeriod";
    /**
     * Parameters {@code states} ({@link ReportState#OPEN_FOR_INPUT}), {@code today} and
     * {@code horizon} (today plus the reminder days): the period and institution ids of the
     * reports not submitted whose institutions' deadline is that close, and not yet reminded.
     */
    public static final String DUE_FOR_REMINDER = "ProgressReport.dueForReminder";
    /**
     * Parameters {@code periodId}, {@code institutionId}, {@code states}, {@code now}: marks the
     * institution's reports not submitted as reminded; more than 0 for the one caller that may
     * send the reminder (whoever comes second finds them marked).
     */
    public static final String CLAIM_REMINDER = "ProgressReport.claimReminder";
    /** Gives a claimed reminder back (its mail failed): the next run claims it again. */
    public static final String RELEASE_REMINDER = "ProgressReport.releaseReminder";
    /** Parameters {@code institutionId}, {@code states}: its reports to write in open periods. */
    public static final String TO_WRITE = "ProgressReport.toWrite";
    public static final String COUNT_TO_WRITE = "ProgressReport.countToWrite";
    /** Submitted reports of open periods, awaiting the negotiators' review. */
    public static final String TO_REVIEW = "ProgressReport.toReview";
    public static final String COUNT_TO_REVIEW = "ProgressReport.countToReview";
    /**
     * Parameter {@code periodId}: per institution code, names, reports, not submitted,
     * submitted, accepted.
     */
    public static final String BY_INSTITUTION = "ProgressReport.byInstitution";
    /**
     * Parameters {@code periodId}, {@code statuses}: report id, objective code and titles,
     * institution code, milestone index, status and comment of the milestones in those statuses.
     */
    public static final String MILESTONES_IN_STATUSES = "ProgressReport.milestonesInStatuses";
    public static final String COUNT_MILESTONES_IN_STATUSES = "ProgressReport.countMilestonesInStatuses";
    /** Period id, report state, count: every period's reports by state. */
    public static final String STATES_BY_PERIOD = "ProgressReport.statesByPeriod";
    /** Period id, milestone status, count, sum of weights: every period's milestones by status. */
    public static final String MILESTONES_BY_PERIOD = "ProgressReport.milestonesByPeriod";
    /**
     * Parameter {@code periodId}: how many reports and the sum of their versions, which moves
     * with every change of a report (the cached figures' stamp).
     */
    public static final String STAMP = "ProgressReport.stamp";
    /** Parameter {@code institutionId}: as {@link #STATES_BY_PERIOD}, of the reports that institution writes. */
    public static final String STATES_BY_PERIOD_FOR_INSTITUTION = "ProgressReport.statesByPeriodForInstitution";

    public static final int NARRATIVE_MAX = 20000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private ReportingPeriod period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private Objective objective;

    /** The lead institution when the period opened: the one that reports. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 32, nullable = false)
    private ReportState state;

    /** Romanian required at submission; English too when the objective's authoritative language is English. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "narrative_en", length = NARRATIVE_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "narrative_ro", length = NARRATIVE_MAX))
    private Bilingual narrative;

    @ElementCollection
    @CollectionTable(name = "monitoring_milestone", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<MilestoneProgress> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<IndicatorProgress> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContributingInput> inputs = new ArrayList<>();

    @Column(name = "override_percent")
    private Double overridePercent;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Column(name = "override_by", length = Objective.USERNAME_MAX)
    private String overrideBy;

    @Column(name = "updated_by", length = Objective.USERNAME_MAX)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_by", length = Objective.USERNAME_MAX)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "accepted_by", length = Objective.USERNAME_MAX)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /**
     * Written only by {@link #CLAIM_REMINDER}: an update of the report from a page that loaded it
     * before the claim would otherwise write the old null back and let a second reminder go.
     */
    @Column(name = "reminded_at", insertable = false, updatable = false)
    private Instant remindedAt;

    /** This report's part of the period's snapshot, when the period was last closed. */
    @Column(name = "snapshot", length = PeriodSnapshot.PART_MAX)
    private String snapshot;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProgressReport() {
    }

    ProgressReport(ReportingPeriod period, Objective objective) {
        this.period = period;
        this.objective = objective;
        this.institution = objective.getLeadInstitution();
        this.state = ReportState.DRAFT;
        for (int i = 0; i < objective.getMilestones().size(); i++) {
            milestones.add(new MilestoneProgress(i));
        }
        for (int i = 0; i < objective.getIndicators().size(); i++) {
            indicators.add(new IndicatorProgress(i));
        }
    }

    // ---- the lead institution ------------------------------------------------------------

    /** An expert or the focal point of the lead institution saves the draft. */
    public void draft(Participant author, ReportDraft draft, Instant now) {
        checkReporter(author);
        checkOpenForInput();
        if (draft == null) {
            throw ValidationException.required("report");
        }
        if (draft.milestones().size() != milestones.size()) {
            throw ValidationException.invalid("milestones");
        }
        if (draft.indicatorValues().size() != indicators.size()) {
            throw ValidationException.invalid("indicators");
        }
        String ro = Texts.optional("narrativeRo", draft.narrativeRo(), NARRATIVE_MAX);
        String en = Texts.optional("narrativeEn", draft.narrativeEn(), NARRATIVE_MAX);
        // Everything is checked before anything changes: a faulty save applies nothing.
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            ReportDraft.MilestoneEntry entry = draft.milestones().get(i);
            comments.add(milestones.get(i).check(entry == null ? null : entry.status(),
                    entry == null ? null : entry.comment()));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            values.add(indicators.get(i).check(draft.indicatorValues().get(i), numeric(objective.getIndicators().get(i))));
        }
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).report(draft.milestones().get(i).status(), comments.get(i));
        }
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).report(values.get(i));
        }
        this.narrative = Bilingual.of(en, ro);
        this.updatedBy = author.username();
        this.updatedAt = now;
    }

    /**
     * The focal point submits: the narrative in Romanian is required, and in English when
     * English is the objective's authoritative language. Read-only from then on.
     */
    public void submit(Participant focalPoint, Instant now) {
        checkReporter(focalPoint);
        if (!focalPoint.isFocalPointOf(institution.getId())) {
            throw new FocalPointRequiredException();
        }
        checkOpenForInput();
        if (getNarrative().ro() == null) {
            throw new NarrativeRequiredException(Language.RO.name());
        }
        if (getNarrative().en() == null && objective.getAuthoritativeLanguage() == Language.EN) {
            throw new NarrativeRequiredException(Language.EN.name());
        }
        this.state = ReportState.SUBMITTED;
        this.submittedBy = focalPoint.username();
        this.submittedAt = now;
    }

    // ---- contributing institutions -------------------------------------------------------

    /** An expert or focal point of a contributing institution writes (or rewrites) its input. */
    public ContributingInput contribute(Participant contributor, String text, Instant now) {
        Long institutionId = contributor.institutionId();
        Institution contributing = objective.getContributingInstitutions().stream()
                .filter(i -> i.getId() != null && i.getId().equals(institutionId)).findFirst().orElse(null);
        if (contributing == null || !contributor.consultsFor(institutionId)) {
            throw new NotContributingException(objective.getCode());
        }
        checkOpenForInput();
        ContributingInput input = findInput(institutionId).orElseGet(() -> {
            ContributingInput created = new ContributingInput(this, contributing);
            inputs.add(created);
            return created;
        });
        input.write(contributor.username(), text, now);
        return input;
    }

    // ---- negotiators ---------------------------------------------------------------------

    /**
     * Back to the institution with a reason: a submitted report, or an accepted one while the
     * period is open again after a reopening.
     */
    public void returnForCorrection(Actor negotiator, String reason, Instant now) {
        ReportingPeriod.checkNegotiator(negotiator);
        period.checkState(PeriodState.OPEN);
        checkState(ReportState.SUBMITTED, ReportState.ACCEPTED);
        this.returnReason = Texts.required("reason", reason, REASON_MAX);
        this.state = ReportState.RETURNED;
        this.acceptedBy = null;
        this.acceptedAt = null;
        this.updatedBy = negotiator.username();
        this.updatedAt = now;
    }

    public void accept(Actor negotiator, Instant now) {
        ReportingPeriod.checkNegotiator(negotiator);
        period.checkState(PeriodState.OPEN);
        checkState(ReportState.SUBMITTED);
        this.state = ReportState.ACCEPTED;
        this.acceptedBy = negotiator.username();
        this.acceptedAt = now;
    }

    /** The weights of milestones and indicators in this objective's figure (0 leaves one out). */
    public void weigh(Actor negotiator, List<Integer> milestoneWeights, List<Integer> indicatorWeights) {
        ReportingPeriod.checkNegotiator(negotiator);
        period.checkState(PeriodState.OPEN);
        if (milestoneWeights.size() != milestones.size() || indicatorWeights.size() != indicators.size()) {
            throw ValidationException.invalid("weights");
        }
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).weigh(milestoneWeights.get(i) == null ? -1 : milestoneWeights.get(i));
        }
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).weigh(indicatorWeights.get(i) == null ? -1 : indicatorWeights.get(i));
        }
    }

    /** Sets this objective's figure by hand, with a reason; {@code null} returns to the computed one. */
    public void override(Actor negotiator, Double percent, String reason) {
        ReportingPeriod.checkNegotiator(negotiator);
        period.checkState(PeriodState.OPEN);
        if (percent == null) {
            this.overridePercent = null;
            this.overrideReason = null;
            this.overrideBy = null;
            return;
        }
        if (percent.isNaN() || percent < 0 || percent > 100) {
            throw new ValidationException(RollUp.OUT_OF_RANGE, "override", 0, 100);
        }
        this.overrideReason = Texts.required("reason", reason, REASON_MAX);
        this.overridePercent = percent;
        this.overrideBy = negotiator.username();
    }

    // ---- reading -------------------------------------------------------------------------

    /**
     * Negotiators and auditors see every report; a consultee the reports of the institution
     * it speaks for, as lead or as contributor.
     */
    public boolean visibleTo(Participant participant) {
        if (participant.isNegotiator() || participant.actor().hasRole(Role.AUDITOR)) {
            return true;
        }
        Long institutionId = participant.institutionId();
        return participant.consultsFor(institutionId) && (institution.getId().equals(institutionId)
                || objective.getContributingInstitutions().stream().anyMatch(i -> institutionId.equals(i.getId())));
    }

    /** Whether the participant writes this report (an expert or focal point of the lead institution). */
    public boolean isReporter(Participant participant) {
        return participant.consultsFor(institution.getId());
    }

    /** Not submitted and the institutions' deadline has passed. */
    public boolean isOverdue(java.time.LocalDate today) {
        return state.isOpenForInput() && today.isAfter(period.getInstitutionsDeadline());
    }

    /** Whether the indicator's baseline and target are numbers, so its value must be one too. */
    public static boolean numeric(Indicator indicator) {
        return RollUp.number(indicator.getBaseline()).isPresent() && RollUp.number(indicator.getTarget()).isPresent();
    }

    /**
     * Evidence files are attached and removed by the lead institution's experts and focal point
     * while the report is open for their input, like the rest of the draft.
     */
    void checkEvidenceAuthor(Participant participant) {
        checkReporter(participant);
        checkOpenForInput();
    }

    private void checkReporter(Participant participant) {
        if (!isReporter(participant)) {
            throw new AccessDeniedException();
        }
    }

    private void checkOpenForInput() {
        period.checkState(PeriodState.OPEN);
        checkState(ReportState.DRAFT, ReportState.RETURNED);
    }

    private void checkState(ReportState... allowed) {
        for (ReportState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ReportStateException(state);
    }

    public Optional<ContributingInput> findInput(Long institutionId) {
        return inputs.stream().filter(i -> i.getInstitution().getId().equals(institutionId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Objective getObjective() {
        return objective;
    }

    public Institution getInstitution() {
        return institution;
    }

    public ReportState getState() {
        return state;
    }

    /** The narrative in both languages; a language not written is {@code null} in it. */
    public Bilingual getNarrative() {
        // Neither language written reads back from the database as no embedded value at all.
        return narrative == null ? Bilingual.NONE : narrative;
    }

    /** Empty while not written. */
    public String getNarrativeRo() {
        return getNarrative().ro() == null ? "" : getNarrative().ro();
    }

    /** Empty while not written. */
    public String getNarrativeEn() {
        return getNarrative().en() == null ? "" : getNarrative().en();
    }

    public List<MilestoneProgress> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<IndicatorProgress> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public List<ContributingInput> getInputs() {
        return Collections.unmodifiableList(inputs);
    }

    public Optional<Double> getOverridePercent() {
        return Optional.ofNullable(overridePercent);
    }

    public Optional<String> getOverrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    public Optional<String> getOverrideBy() {
        return Optional.ofNullable(overrideBy);
    }

    public Optional<String> getUpdatedBy() {
        return Optional.ofNullable(updatedBy);
    }

    public Optional<Instant> getUpdatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    public Optional<String> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> getReturnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<String> getAcceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<Instant> getAcceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    void freeze(String part) {
        this.snapshot = part;
    }

    public Optional<String> getSnapshot() {
        return Optional.ofNullable(snapshot);
    }

    public Optional<Instant> getRemindedAt() {
        return Optional.ofNullable(remindedAt);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ProgressReport[" + id + " " + state + "]";
    }
}
