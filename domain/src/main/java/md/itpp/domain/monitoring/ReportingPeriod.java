package md.itpp.domain.monitoring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.Programme;

/**
 * A reporting period (e.g. "2025 annual report") of a programme: the aggregate root of its
 * progress reports. The institutions report by their deadline (default 25 December of the
 * year), the ministry consolidates by its own (default 25 January of the next). When every
 * report is accepted the negotiator closes the period: it is frozen as a canonical snapshot
 * whose SHA-256 is kept; changing anything afterwards needs a reopening with a reason.
 */
@Entity
@Table(name = "monitoring_period")
@NamedQuery(name = ReportingPeriod.LIST_ALL,
        query = "select p from ReportingPeriod p order by p.year desc, p.id desc")
@NamedQuery(name = ReportingPeriod.COUNT_FOR_YEAR,
        query = "select count(p) from ReportingPeriod p where p.programme.id = :programmeId and p.year = :year")
@NamedQuery(name = ReportingPeriod.REPORTABLE_OBJECTIVES,
        query = "select o from Objective o where o.programme.id = :programmeId and o.status in :statuses order by o.code")
public class ReportingPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every period, newest year first. */
    public static final String LIST_ALL = "ReportingPeriod.listAll";
    /** Parameters {@code programmeId}, {@code year}. */
    public static final String COUNT_FOR_YEAR = "ReportingPeriod.countForYear";
    /** Parameters {@code programmeId}, {@code statuses} ({@link #REPORTED}): the objectives to report on. */
    public static final String REPORTABLE_OBJECTIVES = "ReportingPeriod.reportableObjectives";

    public static final int TITLE_MAX = 300;
    public static final int REASON_MAX = 2000;
    /** Deadlines are days as the institutions read them, in Chișinău. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");
    public static final MonthDay INSTITUTIONS_DEADLINE = MonthDay.of(12, 25);
    public static final MonthDay CONSOLIDATION_DEADLINE = MonthDay.of(1, 25);

    /** Objectives that have a report: approved nationally, or further along with NATO. */
    public static final Set<ObjectiveStatus> REPORTED = Collections.unmodifiableSet(EnumSet.of(
            ObjectiveStatus.APPROVED, ObjectiveStatus.SENT_TO_NATO, ObjectiveStatus.NATO_COMMENTS,
            ObjectiveStatus.AGREED, ObjectiveStatus.ADOPTED));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @Column(name = "title", length = TITLE_MAX, nullable = false)
    private String title;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "institutions_deadline", nullable = false)
    private LocalDate institutionsDeadline;

    @Column(name = "consolidation_deadline", nullable = false)
    private LocalDate consolidationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 32, nullable = false)
    private PeriodState state;

    @Column(name = "opened_by", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = Objective.USERNAME_MAX)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /**
     * The figures part of the canonical JSON when the period was last closed; each report keeps
     * its own part ({@link ProgressReport#getSnapshot()}), so no column must hold a whole period.
     */
    @Column(name = "snapshot_figures", length = PeriodSnapshot.PART_MAX)
    private String snapshotFigures;

    @Column(name = "snapshot_sha256", length = 64)
    private String snapshotSha256;

    @Column(name = "reopen_reason", length = REASON_MAX)
    private String reopenReason;

    @Column(name = "reopened_by", length = Objective.USERNAME_MAX)
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProgressReport> reports = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportingPeriod() {
    }

    /**
     * Opens a period: one report per objective that is approved or further along, assigned to
     * its lead institution. Deadlines default to 25 December of the year and 25 January after.
     *
     * @param objectives candidates; those not yet approved (or withdrawn) are skipped
     */
    public static ReportingPeriod open(Actor negotiator, Programme programme, String title, int year,
                                       LocalDate institutionsDeadline, LocalDate consolidationDeadline,
                                       Collection<Objective> objectives, Instant now) {
        checkNegotiator(negotiator);
        if (programme == null) {
            throw ValidationException.required("programme");
        }
        if (year < programme.getStartYear() || year > programme.getEndYear()) {
            throw new ValidationException(RollUp.OUT_OF_RANGE, "year", programme.getStartYear(), programme.getEndYear());
        }
        ReportingPeriod period = new ReportingPeriod();
        period.programme = programme;
        period.title = Texts.required("title", title, TITLE_MAX);
        period.year = year;
        period.setDeadlines(institutionsDeadline == null ? INSTITUTIONS_DEADLINE.atYear(year) : institutionsDeadline,
                consolidationDeadline == null ? CONSOLIDATION_DEADLINE.atYear(year + 1) : consolidationDeadline);
        period.state = PeriodState.OPEN;
        period.openedBy = negotiator.username();
        period.openedAt = now;
        objectives.stream()
                .filter(o -> REPORTED.contains(o.getStatus()) && o.getProgramme().equals(programme))
                .sorted(Comparator.comparing(Objective::getCode))
                .forEach(o -> period.reports.add(new ProgressReport(period, o)));
        if (period.reports.isEmpty()) {
            throw new NoObjectivesToReportException(year);
        }
        return period;
    }

    /** Moves the deadlines while the period is open. */
    public void changeDeadlines(Actor negotiator, LocalDate institutions, LocalDate consolidation) {
        checkNegotiator(negotiator);
        checkState(PeriodState.OPEN);
        setDeadlines(institutions, consolidation);
    }

    private void setDeadlines(LocalDate institutions, LocalDate consolidation) {
        if (institutions == null) {
            throw ValidationException.required("institutionsDeadline");
        }
        if (consolidation == null) {
            throw ValidationException.required("consolidationDeadline");
        }
        if (consolidation.isBefore(institutions)) {
            throw ValidationException.invalid("consolidationDeadline");
        }
        this.institutionsDeadline = institutions;
        this.consolidationDeadline = consolidation;
    }

    /**
     * Closes the period once every report is accepted, freezing it: the snapshot and its SHA-256
     * are kept, like approvals are bound to a revision's hash.
     */
    public void close(Actor negotiator, Instant now) {
        checkNegotiator(negotiator);
        checkState(PeriodState.OPEN);
        long outstanding = reports.stream().filter(r -> r.getState() != ReportState.ACCEPTED).count();
        if (outstanding > 0) {
            throw new PeriodNotCompleteException(outstanding);
        }
        this.state = PeriodState.CLOSED;
        this.closedBy = negotiator.username();
        this.closedAt = now;
        RollUp.Figures figures = figures();
        for (ProgressReport report : reports) {
            report.freeze(PeriodSnapshot.report(report, figures));
        }
        this.snapshotFigures = PeriodSnapshot.figures(figures);
        this.snapshotSha256 = PeriodSnapshot.sha256(getSnapshot().orElseThrow());
    }

    /** Opens a closed period again, with a reason; the last snapshot and its hash stay on record. */
    public void reopen(Actor negotiator, String reason, Instant now) {
        checkNegotiator(negotiator);
        checkState(PeriodState.CLOSED);
        this.reopenReason = Texts.required("reason", reason, REASON_MAX);
        this.reopenedBy = negotiator.username();
        this.reopenedAt = now;
        this.state = PeriodState.OPEN;
    }

    /** Whether the stored snapshot still matches its hash and what the period holds now. */
    public boolean snapshotIntact() {
        Optional<String> snapshot = getSnapshot();
        return snapshot.isPresent() && PeriodSnapshot.sha256(snapshot.get()).equals(snapshotSha256)
                && (state != PeriodState.CLOSED || PeriodSnapshot.toJson(this).equals(snapshot.get()));
    }

    /** The period's progress figures, computed now. */
    public RollUp.Figures figures() {
        return RollUp.of(reports);
    }

    void checkState(PeriodState... allowed) {
        for (PeriodState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new PeriodStateException(state);
    }

    static void checkNegotiator(Actor actor) {
        if (actor == null || !actor.hasRole(Role.NEGOTIATOR)) {
            throw new AccessDeniedException();
        }
    }

    public Optional<ProgressReport> findReport(long reportId) {
        return reports.stream().filter(r -> r.getId() != null && r.getId() == reportId).findFirst();
    }

    public Optional<ProgressReport> findReportFor(String objectiveCode) {
        return reports.stream().filter(r -> r.getObjective().getCode().equals(objectiveCode)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getInstitutionsDeadline() {
        return institutionsDeadline;
    }

    public LocalDate getConsolidationDeadline() {
        return consolidationDeadline;
    }

    public PeriodState getState() {
        return state;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<String> getClosedBy() {
        return Optional.ofNullable(closedBy);
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The canonical JSON frozen at the last closing, put together from the stored parts. */
    public Optional<String> getSnapshot() {
        if (snapshotFigures == null || reports.stream().anyMatch(r -> r.getSnapshot().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(PeriodSnapshot.assemble(PeriodSnapshot.header(this),
                reports.stream().sorted(Comparator.comparing(r -> r.getObjective().getCode()))
                        .map(r -> r.getSnapshot().orElseThrow()).toList(), snapshotFigures));
    }

    public Optional<String> getSnapshotSha256() {
        return Optional.ofNullable(snapshotSha256);
    }

    public Optional<String> getReopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    public Optional<String> getReopenedBy() {
        return Optional.ofNullable(reopenedBy);
    }

    public Optional<Instant> getReopenedAt() {
        return Optional.ofNullable(reopenedAt);
    }

    public List<ProgressReport> getReports() {
        return Collections.unmodifiableList(reports);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ReportingPeriod[" + id + " " + year + " " + state + "]";
    }
}
