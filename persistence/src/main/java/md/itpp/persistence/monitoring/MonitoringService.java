package md.itpp.persistence.monitoring;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PessimisticLockException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.StaleStateException;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.Bilingual;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.monitoring.ContributingInput;
import md.itpp.domain.monitoring.EvidenceFile;
import md.itpp.domain.monitoring.EvidenceType;
import md.itpp.domain.monitoring.IndicatorProgress;
import md.itpp.domain.monitoring.MilestoneProgress;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.PeriodExistsException;
import md.itpp.domain.monitoring.PeriodState;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.domain.monitoring.RollUp;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.StampedCache;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.document.DocumentCache;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.persistence.text.ServerTexts;

/**
 * Reporting periods and progress reports. Thin: each command loads the aggregate at the version
 * the caller's page showed, calls one domain method, flushes (a concurrent change becomes the
 * editor's conflict message) and writes the audit event, as {@code NegotiationService.step} does.
 * <p>
 * A consultee reaches only reports its institution leads or contributes to; any other id is
 * logged on {@code md.itpp.security.refused} and answered like a missing object.
 */
@Stateless
public class MonitoringService {

    private static final Logger REFUSALS = Logger.getLogger("md.itpp.security.refused");
    private static final String AUDIT_PERIOD = "ReportingPeriod";
    private static final String AUDIT_REPORT = "ProgressReport";

    public static final String REPORT_LINK = "/monitoring/report.xhtml?id=";
    public static final String PERIOD_LINK = "/monitoring/period.xhtml?id=";
    /** An uploaded file that is no workbook of the Workbench's reports. */
    public static final String WORKBOOK_UNREADABLE = "error.monitoring.workbookUnreadable";
    /** {0}: the limit in MB. */
    public static final String WORKBOOK_TOO_LARGE = "error.monitoring.workbookTooLarge";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private ReferenceService reference;

    @Inject
    private Clock clock;
    @Inject
    private RollUpCache rollUps;
    @Inject
    private StampedCache cache;
    @Resource
    private SessionContext sessionContext;
    @Resource
    private ManagedExecutorService executor;
    @Inject
    private DocumentCache documents;

    // ---- reading -------------------------------------------------------------------------

    /**
     * Every period; a consultee's counts are of its own institution's reports. The counts are
     * one grouped query, whatever the number of reports.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public List<PeriodSummary> periods() {
        Participant caller = caller();
        boolean staff = staff(caller);
        LocalDate today = today();
        Map<Long, Map<ReportState, Long>> counts = new HashMap<>();
        List<Object[]> rows = staff
                ? em.createNamedQuery(ProgressReport.STATES_BY_PERIOD, Object[].class).getResultList()
                : reporterInstitution(caller).map(institutionId -> em.createNamedQuery(
                        ProgressReport.STATES_BY_PERIOD_FOR_INSTITUTION, Object[].class)
                        .setParameter("institutionId", institutionId).getResultList()).orElse(List.of());
        for (Object[] row : rows) {
            counts.computeIfAbsent(number(row[0]), id -> new EnumMap<>(ReportState.class))
                    .put((ReportState) row[1], number(row[2]));
        }
        List<PeriodSummary> result = new ArrayList<>();
        for (ReportingPeriod p : em.createNamedQuery(ReportingPeriod.LIST_ALL, ReportingPeriod.class)
                .setMaxResults(100).getResultList()) {
            Map<ReportState, Long> states = counts.getOrDefault(p.getId(), Map.of());
            long open = ReportState.OPEN_FOR_INPUT.stream().mapToLong(s -> states.getOrDefault(s, 0L)).sum();
            result.add(new PeriodSummary(p.getId(), p.getTitle(), p.getYear(), p.getState(),
                    p.getInstitutionsDeadline(), p.getConsolidationDeadline(),
                    (int) states.values().stream().mapToLong(Long::longValue).sum(),
                    (int) (long) states.getOrDefault(ReportState.SUBMITTED, 0L),
                    (int) (long) states.getOrDefault(ReportState.ACCEPTED, 0L),
                    today.isAfter(p.getInstitutionsDeadline()) ? (int) open : 0));
        }
        return result;
    }

    /** The institution whose reports the caller writes (an expert or focal point's), if any. */
    private static Optional<Long> reporterInstitution(Participant caller) {
        Long institutionId = caller.institutionId();
        return institutionId != null && caller.consultsFor(institutionId) ? Optional.of(institutionId)
                : Optional.empty();
    }

    /** Upper bound of the reports one call returns, whatever the caller asks for. */
    public static final int REPORTS_MAX_PAGE = 100;

    /** The period with the first {@link #REPORTS_MAX_PAGE} reports the caller may see. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public PeriodView period(long periodId) {
        return period(periodId, 0, REPORTS_MAX_PAGE);
    }

    /**
     * The period with one page of the reports the caller may see (by objective code, from
     * {@code first}, at most {@code max}) and how many there are; figures for negotiators and
     * auditors. The page, its count and whether the period can close are queries of their own,
     * so the page costs the same with twenty reports or two thousand.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public PeriodView period(long periodId, int first, int max) {
        Participant caller = caller();
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            refused(caller, "period " + periodId + " (none)");
            throw new AccessDeniedException();
        }
        boolean staff = staff(caller);
        RollUp.Figures figures = rollUps.figures(period);
        LocalDate today = today();
        Optional<Long> reporter = reporterInstitution(caller);
        List<ProgressReport> page = List.of();
        long reportCount = 0;
        if (staff || reporter.isPresent()) {
            TypedQuery<ProgressReport> query = em.createNamedQuery(
                    staff ? ProgressReport.PAGE_OF_PERIOD : ProgressReport.PAGE_FOR_INSTITUTION, ProgressReport.class);
            TypedQuery<Long> count = em.createNamedQuery(
                    staff ? ProgressReport.COUNT_OF_PERIOD : ProgressReport.COUNT_FOR_INSTITUTION, Long.class);
            query.setParameter("periodId", periodId);
            count.setParameter("periodId", periodId);
            if (!staff) {
                query.setParameter("institutionId", reporter.get());
                count.setParameter("institutionId", reporter.get());
            }
            reportCount = count.getSingleResult();
            page = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, REPORTS_MAX_PAGE)))
                    .getResultList();
        }
        List<PeriodView.ReportRow> rows = page.stream()
                .map(r -> new PeriodView.ReportRow(r.getId(), r.getObjective().getCode(),
                        r.getObjective().getTitleEn(), r.getObjective().getTitleRo(),
                        r.getObjective().getArea().getCode(), r.getInstitution().getCode(), r.getState(),
                        r.isOverdue(today), r.isReporter(caller),
                        staff || r.isReporter(caller) ? figure(figures.objective(r.getObjective().getCode())) : null,
                        r.getSubmittedAt().orElse(null)))
                .toList();
        Map<String, ReportView.Figure> areas = new LinkedHashMap<>();
        Map<String, ReportView.Figure> institutions = new LinkedHashMap<>();
        if (staff) {
            figures.byArea().forEach((code, f) -> areas.put(code, figure(f)));
            figures.byInstitution().forEach((code, f) -> institutions.put(code, figure(f)));
        }
        boolean leads = reporter.isPresent() && em.createNamedQuery(ProgressReport.COUNT_LED_BY, Long.class)
                .setParameter("periodId", periodId).setParameter("institutionId", reporter.get())
                .getSingleResult() > 0;
        boolean canClose = caller.isNegotiator() && period.getState() == PeriodState.OPEN
                && em.createNamedQuery(ProgressReport.COUNT_NOT_ACCEPTED, Long.class)
                        .setParameter("periodId", periodId).getSingleResult() == 0;
        return new PeriodView(period.getId(), period.getVersion(), period.getTitle(), period.getYear(),
                period.getState(), period.getInstitutionsDeadline(), period.getConsolidationDeadline(),
                period.getOpenedBy(), period.getOpenedAt(), period.getClosedBy().orElse(null),
                period.getClosedAt().orElse(null), period.getSnapshotSha256().orElse(null),
                period.getReopenReason().orElse(null), rows, reportCount, leads, areas, institutions,
                staff ? figure(figures.overall()) : null, canClose);
    }

    /** One report as the caller may see it. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public ReportView report(long reportId) {
        Participant caller = caller();
        return view(visibleReport(caller, reportId), caller);
    }

    /**
     * Writes the national report of the period (DOCX or PDF) or its figures (XLSX), in Romanian
     * or English, to {@code out} (a download's response, say), which stays open: by area, each
     * reported objective with its goals, milestone statuses, indicator values, narrative,
     * progress and who reported when. A period that does not exist or a caller who may not read
     * it fails before the first byte.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public void nationalReport(long periodId, ReportFormat format, md.itpp.domain.objective.Language language,
                               OutputStream out) {
        NationalReport report = report(periodId, format, language);
        // Written once per content, as the programme document ({@code DocumentCache}): a full
        // period's PDF is many seconds of layout, and a closed period's report never changes.
        documents.send(DocumentCache.key("national", format.extension(), language.code(), report.contentDigest()), out,
                file -> write(report, format, file, executor));
    }

    private NationalReport report(long periodId, ReportFormat format, md.itpp.domain.objective.Language language) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || format == null || language == null) {
            throw new AccessDeniedException();
        }
        return NationalReports.of(period, rollUps.figures(period), reference.areas(), language, now());
    }

    /** The PDF's parts are laid out by the server's managed executor while the next is filled ({@code PdfBook}). */
    private static void write(NationalReport report, ReportFormat format, OutputStream out, Executor executor) {
        switch (format) {
            case DOCX -> NationalReportDocx.write(report, out);
            case PDF -> NationalReportPdf.write(report, out, executor);
            case XLSX -> FiguresXlsx.write(report, out);
        }
    }

    // ---- negotiators: the period ---------------------------------------------------------

    /**
     * Opens the period for the programme and year: one report per objective approved or further
     * along. Deadlines left empty take their defaults (25 December, 25 January).
     */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public long openPeriod(String title, int year, LocalDate institutionsDeadline, LocalDate consolidationDeadline) {
        Actor actor = callers.currentActor();
        Programme programme = reference.programme();
        long existing = em.createNamedQuery(ReportingPeriod.COUNT_FOR_YEAR, Long.class)
                .setParameter("programmeId", programme.getId()).setParameter("year", year).getSingleResult();
        if (existing > 0) {
            throw new PeriodExistsException(year);
        }
        List<Objective> objectives = em.createNamedQuery(ReportingPeriod.REPORTABLE_OBJECTIVES, Objective.class)
                .setParameter("programmeId", programme.getId())
                .setParameter("statuses", ReportingPeriod.REPORTED).getResultList();
        ReportingPeriod period = ReportingPeriod.open(actor, programme, title, year, institutionsDeadline,
                consolidationDeadline, objectives, now());
        em.persist(period);
        flush(period.getTitle());
        auditTrail.record(actor.username(), "monitoring.open", AUDIT_PERIOD, period.getId(), null,
                AuditJson.object("state", period.getState(), "title", period.getTitle(), "year", year,
                        "institutionsDeadline", period.getInstitutionsDeadline(),
                        "consolidationDeadline", period.getConsolidationDeadline(),
                        "reports", period.getReports().size()));
        return period.getId();
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void changeDeadlines(long periodId, long expectedVersion, LocalDate institutions, LocalDate consolidation) {
        periodStep(periodId, expectedVersion, "monitoring.deadlines",
                (p, actor) -> p.changeDeadlines(actor, institutions, consolidation),
                "institutionsDeadline", institutions, "consolidationDeadline", consolidation);
    }

    /** Closes the period (every report accepted): the snapshot and its SHA-256 are kept. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public String closePeriod(long periodId, long expectedVersion) {
        ReportingPeriod period = periodStep(periodId, expectedVersion, "monitoring.close",
                (p, actor) -> p.close(actor, now()));
        return period.getSnapshotSha256().orElseThrow();
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void reopenPeriod(long periodId, long expectedVersion, String reason) {
        periodStep(periodId, expectedVersion, "monitoring.reopen", (p, actor) -> p.reopen(actor, reason, now()),
                "reason", reason);
    }

    // ---- negotiators: reports ------------------------------------------------------------

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void returnReport(long reportId, long expectedVersion, String reason) {
        step(caller(), reportId, expectedVersion, "monitoring.return",
                (r, caller) -> r.returnForCorrection(caller.actor(), reason, now()), "reason", reason);
    }

    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void accept(long reportId, long expectedVersion) {
        step(caller(), reportId, expectedVersion, "monitoring.accept", (r, caller) -> r.accept(caller.actor(), now()));
    }

    /** The weights of the report's milestones and indicators in its figure (0-100; 0 leaves one out). */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void weigh(long reportId, long expectedVersion, List<Integer> milestoneWeights,
                      List<Integer> indicatorWeights) {
        step(caller(), reportId, expectedVersion, "monitoring.weigh",
                (r, caller) -> {
                    r.weigh(caller.actor(), milestoneWeights, indicatorWeights);
                    // The weights are the milestones' and indicators' rows: raise the report's
                    // version too, which the figures' cache and the API's ETag follow.
                    em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                },
                "milestoneWeights", milestoneWeights, "indicatorWeights", indicatorWeights);
    }

    /** Sets the objective's figure by hand with a reason, or ({@code percent} null) clears it. */
    @RolesAllowed(Role.Names.NEGOTIATOR)
    public void override(long reportId, long expectedVersion, Double percent, String reason) {
        step(caller(), reportId, expectedVersion, "monitoring.override",
                (r, caller) -> r.override(caller.actor(), percent, reason), "percent", percent, "reason", reason);
    }

    // ---- institutions --------------------------------------------------------------------

    /**
     * An expert or the focal point of the lead institution saves the draft.
     *
     * @return the report as saved, with its new version (the API answers with it)
     */
    @RolesAllowed(Role.Names.CONSULTEE)
    public ReportView saveDraft(long reportId, long expectedVersion, ReportDraft draft) {
        Participant caller = caller();
        return view(step(caller, reportId, expectedVersion, "monitoring.draft",
                (r, author) -> r.draft(author, draft, now())), caller);
    }

    /**
     * The focal point of the lead institution submits; the report is read-only from then on.
     *
     * @return the report as submitted, with its new version
     */
    @RolesAllowed(Role.Names.CONSULTEE)
    public ReportView submit(long reportId, long expectedVersion) {
        Participant caller = caller();
        return view(step(caller, reportId, expectedVersion, "monitoring.submit",
                (r, focalPoint) -> r.submit(focalPoint, now())), caller);
    }

    /** A contributing institution writes (or rewrites) its input to the report. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public void contribute(long reportId, String text) {
        Participant caller = caller();
        ProgressReport report = visibleReport(caller, reportId);
        ContributingInput input = report.contribute(caller, text, now());
        flush(report.getObjective().getCode());
        auditTrail.record(caller.username(), "monitoring.input", AUDIT_REPORT, report.getId(), null,
                AuditJson.object("institution", input.getInstitution().getCode(), "text", input.getText()));
    }

    // ---- tasks and the dashboard ---------------------------------------------------------

    /** Upper bound of the report tasks the inbox lists, and of the dashboard's milestones. */
    public static final int MAX_TASKS = 100;
    public static final int MAX_ATTENTION = 100;

    private static final Set<MilestoneStatus> ATTENTION = Collections.unmodifiableSet(
            EnumSet.of(MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED));

    /**
     * The reports awaiting the caller in open periods, earliest deadline first, the first
     * {@code max} (at most {@value #MAX_TASKS}) of each kind: a consultee's institution's reports
     * not yet submitted (overdue after the institutions' deadline), and for negotiators the
     * submitted reports to return or accept (overdue after the consolidation deadline). Read as
     * the rows' columns, not as reports with their objectives.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE})
    public List<ReportTask> reportTasks(int max) {
        int limit = Math.max(1, Math.min(max, MAX_TASKS));
        Participant caller = caller();
        LocalDate today = today();
        List<ReportTask> tasks = new ArrayList<>();
        // The same for every negotiator, and for every consultee of an institution: kept while the
        // audit trail has not moved, 30 s at most (a report turns overdue at midnight unrecorded).
        if (caller.isNegotiator()) {
            tasks.addAll(cache.get("reportTasks.toReview:" + limit, () -> em
                    .createNamedQuery(ProgressReport.TO_REVIEW, Object[].class)
                    .setMaxResults(limit).getResultStream().map(row -> task(row, today)).toList()));
        }
        Long institutionId = caller.institutionId();
        if (institutionId != null && caller.consultsFor(institutionId)) {
            tasks.addAll(cache.get("reportTasks.toWrite:" + institutionId + ":" + limit, () -> em
                    .createNamedQuery(ProgressReport.TO_WRITE, Object[].class)
                    .setParameter("institutionId", institutionId).setParameter("states", ReportState.OPEN_FOR_INPUT)
                    .setMaxResults(limit).getResultStream().map(row -> task(row, today)).toList()));
        }
        return tasks;
    }

    /**
     * The monitoring dashboard of a period ({@code null}: the latest) and the trend across every
     * period, for the ministry: the counts and the trend are aggregate queries; the progress
     * figures are the roll-up's, as the period page and the national report show them.
     */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.AUDITOR})
    public MonitoringDashboard dashboard(Long periodId) {
        // The same for every negotiator and auditor: kept until the next recorded change (a
        // report saved, submitted, returned or accepted, a figure set by hand, a period opened or
        // closed) and for the day, which decides what is overdue.
        return cache.get("monitoring.dashboard:" + periodId + ":" + today(), () -> computeDashboard(periodId));
    }

    private MonitoringDashboard computeDashboard(Long periodId) {
        List<ReportingPeriod> periods = em.createNamedQuery(ReportingPeriod.LIST_ALL, ReportingPeriod.class)
                .setMaxResults(100).getResultList();
        List<MonitoringDashboard.TrendRow> trend = trend(periods);
        ReportingPeriod period = periodId == null ? periods.stream().findFirst().orElse(null)
                : em.find(ReportingPeriod.class, periodId);
        if (periodId != null && period == null) {
            throw new AccessDeniedException();
        }
        if (period == null) {
            return new MonitoringDashboard(null, null, null, null, false, null, List.of(), List.of(), List.of(), 0,
                    trend);
        }
        boolean passed = today().isAfter(period.getInstitutionsDeadline());
        RollUp.Figures figures = rollUps.figures(period);
        List<MonitoringDashboard.AreaRow> areas = areaRows(figures);
        List<MonitoringDashboard.InstitutionRow> institutions = institutionRows(period, figures, passed);
        List<MonitoringDashboard.AttentionRow> attention = attentionRows(period);
        long attentionTotal = em.createNamedQuery(ProgressReport.COUNT_MILESTONES_IN_STATUSES, Long.class)
                .setParameter("periodId", period.getId()).setParameter("statuses", ATTENTION).getSingleResult();
        return new MonitoringDashboard(period.getId(), period.getTitle(), period.getState(),
                period.getInstitutionsDeadline(), passed, figure(figures.overall()), areas, institutions, attention,
                attentionTotal, trend);
    }

    private List<MonitoringDashboard.AreaRow> areaRows(RollUp.Figures figures) {
        List<MonitoringDashboard.AreaRow> areas = new ArrayList<>();
        for (CooperationArea area : reference.areas()) {
            if (figures.byArea().containsKey(area.getCode())) {
                areas.add(new MonitoringDashboard.AreaRow(area.getCode(), area.getNameEn(), area.getNameRo(),
                        figure(figures.area(area.getCode()))));
            }
        }
        return areas;
    }

    /** Reports per institution by state, one grouped query; outstanding ones count as overdue once late. */
    private List<MonitoringDashboard.InstitutionRow> institutionRows(ReportingPeriod period, RollUp.Figures figures,
                                                                     boolean passed) {
        List<MonitoringDashboard.InstitutionRow> institutions = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(ProgressReport.BY_INSTITUTION, Object[].class)
                .setParameter("periodId", period.getId()).getResultList()) {
            String code = (String) row[0];
            long outstanding = number(row[4]);
            institutions.add(new MonitoringDashboard.InstitutionRow(code, (String) row[1], (String) row[2],
                    figure(figures.institution(code)), number(row[3]), outstanding, number(row[5]), number(row[6]),
                    passed ? outstanding : 0));
        }
        return institutions;
    }

    /** The first milestones at risk or delayed, in the database's order by objective code. */
    private List<MonitoringDashboard.AttentionRow> attentionRows(ReportingPeriod period) {
        List<MonitoringDashboard.AttentionRow> attention = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(ProgressReport.MILESTONES_IN_STATUSES, Object[].class)
                .setParameter("periodId", period.getId()).setParameter("statuses", ATTENTION)
                .setMaxResults(MAX_ATTENTION).getResultList()) {
            attention.add(new MonitoringDashboard.AttentionRow(number(row[0]), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (int) number(row[5]) + 1, (MilestoneStatus) row[6],
                    (String) row[7]));
        }
        return attention;
    }

    /** Every period's reports by state and milestones by status, two grouped queries; oldest period first. */
    private List<MonitoringDashboard.TrendRow> trend(List<ReportingPeriod> periods) {
        Map<Long, Map<ReportState, Long>> states = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ProgressReport.STATES_BY_PERIOD, Object[].class).getResultList()) {
            states.computeIfAbsent(number(row[0]), id -> new EnumMap<>(ReportState.class))
                    .put((ReportState) row[1], number(row[2]));
        }
        Map<Long, Map<MilestoneStatus, long[]>> milestones = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ProgressReport.MILESTONES_BY_PERIOD, Object[].class)
                .getResultList()) {
            milestones.computeIfAbsent(number(row[0]), id -> new EnumMap<>(MilestoneStatus.class))
                    .put((MilestoneStatus) row[1], new long[] {number(row[2]), number(row[3])});
        }
        List<MonitoringDashboard.TrendRow> rows = new ArrayList<>();
        for (ReportingPeriod p : periods) {
            Map<ReportState, Long> s = states.getOrDefault(p.getId(), Map.of());
            Map<MilestoneStatus, long[]> m = milestones.getOrDefault(p.getId(), Map.of());
            double done = 0;
            long weights = 0;
            for (Map.Entry<MilestoneStatus, long[]> e : m.entrySet()) {
                if (e.getKey().percent().isPresent()) {
                    done += e.getKey().percent().getAsDouble() * e.getValue()[1];
                    weights += e.getValue()[1];
                }
            }
            long reports = s.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new MonitoringDashboard.TrendRow(p.getId(), p.getTitle(), p.getYear(), p.getState(), reports,
                    s.getOrDefault(ReportState.SUBMITTED, 0L), s.getOrDefault(ReportState.ACCEPTED, 0L),
                    s.getOrDefault(ReportState.DRAFT, 0L) + s.getOrDefault(ReportState.RETURNED, 0L),
                    m.getOrDefault(MilestoneStatus.AT_RISK, new long[2])[0],
                    m.getOrDefault(MilestoneStatus.DELAYED, new long[2])[0], weights == 0 ? null : done / weights));
        }
        Collections.reverse(rows);
        return rows;
    }

    /** A row of {@link ProgressReport#TO_REVIEW} or {@link ProgressReport#TO_WRITE}, due on its last column. */
    private static ReportTask task(Object[] row, LocalDate today) {
        LocalDate dueOn = (LocalDate) row[8];
        return new ReportTask((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                Objects.toString(row[4], ""), Objects.toString(row[5], ""), (String) row[6], (ReportState) row[7],
                dueOn, today.isAfter(dueOn));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    // ---- evidence files ------------------------------------------------------------------

    /** The evidence files of a report the caller may see, oldest first, without their content. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public List<EvidenceRow> evidence(long reportId) {
        Participant caller = caller();
        ProgressReport report = visibleReport(caller, reportId);
        boolean removable = report.isReporter(caller) && report.getPeriod().getState() == PeriodState.OPEN
                && report.getState().isOpenForInput();
        List<EvidenceRow> rows = new ArrayList<>();
        for (Object[] e : em.createNamedQuery(EvidenceFile.LIST_FOR_REPORT, Object[].class)
                .setParameter("reportId", reportId).getResultList()) {
            rows.add(new EvidenceRow((Long) e[0], (String) e[1], (EvidenceType) e[2], (Long) e[3], (String) e[4],
                    (String) e[5], (Instant) e[6], removable));
        }
        return rows;
    }

    /**
     * An expert or the focal point of the lead institution attaches a file to the report while
     * it is open for their input; its type is judged by its content and must agree with the
     * name's ending, and it may not exceed {@link EvidenceSettings} ({@code ITPP_EVIDENCE_MAX_MB}).
     */
    @RolesAllowed(Role.Names.CONSULTEE)
    public long attachEvidence(long reportId, String fileName, byte[] content) {
        Participant caller = caller();
        ProgressReport report = visibleReport(caller, reportId);
        EvidenceFile file = EvidenceFile.attach(report, caller, fileName, content,
                EvidenceSettings.fromEnvironment().maxBytes(), now());
        em.persist(file);
        flush(report.getObjective().getCode());
        auditTrail.record(caller.username(), "monitoring.evidence.attach", AUDIT_REPORT, report.getId(), null,
                AuditJson.object("evidence", file.getId(), "name", file.getFileName(), "type", file.getType(),
                        "size", file.getSizeBytes(), "sha256", file.getSha256()));
        return file.getId();
    }

    /** The lead institution removes a file while the report is open for its input. */
    @RolesAllowed(Role.Names.CONSULTEE)
    public void removeEvidence(long evidenceId) {
        Participant caller = caller();
        EvidenceFile file = visibleEvidence(caller, evidenceId);
        file.checkRemovableBy(caller);
        long reportId = file.getReport().getId();
        String before = AuditJson.object("evidence", file.getId(), "name", file.getFileName(), "type", file.getType(),
                "size", file.getSizeBytes(), "sha256", file.getSha256());
        em.remove(file);
        flush(file.getReport().getObjective().getCode());
        auditTrail.record(caller.username(), "monitoring.evidence.remove", AUDIT_REPORT, reportId, before, null);
    }

    /** An evidence file's content, for whoever may see its report; served only as the checked type. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.AUDITOR})
    public EvidenceDownload evidenceFile(long evidenceId) {
        EvidenceFile file = visibleEvidence(caller(), evidenceId);
        return new EvidenceDownload(file.getFileName(), file.getType().contentType(), file.getContent());
    }

    private EvidenceFile visibleEvidence(Participant caller, long evidenceId) {
        EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
        if (file == null || !file.getReport().visibleTo(caller)) {
            refused(caller, "evidence " + evidenceId + (file == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return file;
    }

    // ---- the workbook round trip ---------------------------------------------------------

    /**
     * The workbook of the caller's institution's reports in the period that are open for its
     * input (draft or returned): a row per milestone and per indicator, to fill in offline.
     */
    @RolesAllowed(Role.Names.CONSULTEE)
    public byte[] workbook(long periodId, Locale locale) {
        Participant caller = caller();
        ReportingPeriod period = institutionPeriod(caller, periodId);
        return ReportWorkbook.write(List.copyOf(editable(caller, period, locale).values()), locale);
    }

    /**
     * Applies a filled-in workbook completely or not at all: every row is checked (the report is
     * the caller's institution's and open, the milestone or indicator exists, the status is one of
     * the list, a number where one is due...). With a fault, nothing changes and the same workbook
     * comes back with each faulty cell marked and explained; otherwise each changed report is saved
     * as a draft by the caller and audited.
     */
    @RolesAllowed(Role.Names.CONSULTEE)
    public WorkbookUpload uploadWorkbook(long periodId, byte[] content, Locale locale) {
        Participant caller = caller();
        ReportingPeriod period = institutionPeriod(caller, periodId);
        EvidenceSettings settings = EvidenceSettings.fromEnvironment();
        if (content != null && content.length > settings.maxBytes()) {
            throw new md.itpp.domain.ValidationException(WORKBOOK_TOO_LARGE, settings.maxMegabytes());
        }
        Map<Long, ReportWorkbook.Entry> editable = editable(caller, period, locale);
        try (XSSFWorkbook workbook = ReportWorkbook.open(content)) {
            ReportWorkbook.Check check = ReportWorkbook.check(workbook, editable, id -> {
                ProgressReport r = em.find(ProgressReport.class, id);
                if (r != null && r.getPeriod().getId().equals(periodId) && r.isReporter(caller)) {
                    return ReportWorkbook.Refusal.READ_ONLY;
                }
                refused(caller, "report " + id + " in a workbook" + (r == null ? " (none)" : ""));
                return ReportWorkbook.Refusal.NOT_YOURS;
            });
            List<ReportWorkbook.Fault> faults = new ArrayList<>(check.faults());
            rollUps.invalidateAfterTransaction(periodId);
            List<String[]> audit = faults.isEmpty() ? applyWorkbook(caller, check, faults) : List.of();
            if (!faults.isEmpty()) {
                // A report that refused its draft may follow others already changed: undo them all.
                sessionContext.setRollbackOnly();
                return new WorkbookUpload(false, check.rows(), 0,
                        faults.stream().map(f -> f.cell() + ": " + ServerTexts.of(ReportWorkbook.TEXTS, locale)
                                .text(f.key(), f.arguments().toArray())).toList(),
                        ReportWorkbook.annotate(workbook, faults, locale));
            }
            flush(period.getTitle());
            for (String[] event : audit) {
                auditTrail.record(caller.username(), "monitoring.workbook", AUDIT_REPORT, Long.parseLong(event[0]),
                        event[1], event[2]);
            }
            auditTrail.record(caller.username(), "monitoring.workbook", AUDIT_PERIOD, period.getId(), null,
                    AuditJson.object("rows", check.rows(), "reports",
                            audit.stream().map(e -> Long.parseLong(e[0])).toList()));
            return new WorkbookUpload(true, check.rows(), audit.size(), List.of(), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Saves each report the workbook changes as a draft of the caller; a report the domain
     * refuses adds its fault (and the caller rolls everything back).
     *
     * @return per changed report: its id, its state before and after, for the audit trail
     */
    private List<String[]> applyWorkbook(Participant caller, ReportWorkbook.Check check,
                                         List<ReportWorkbook.Fault> faults) {
        Instant now = now();
        List<String[]> audit = new ArrayList<>();
        for (Map.Entry<Long, ReportDraft> change : check.changes().entrySet()) {
            ProgressReport report = em.find(ProgressReport.class, change.getKey());
            String before = reportState(report);
            try {
                report.draft(caller, change.getValue(), now);
            } catch (md.itpp.domain.BusinessException e) {
                faults.add(new ReportWorkbook.Fault(check.firstRows().get(change.getKey()),
                        ReportWorkbook.REPORT, "workbook.fault.refused", List.of(e.getMessage())));
                continue;
            }
            audit.add(new String[] {report.getId().toString(), before, reportState(report)});
        }
        return audit;
    }

    /** The period, for a consultee who speaks for an institution; refused otherwise. */
    private ReportingPeriod institutionPeriod(Participant caller, long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || caller.institutionId() == null || !caller.consultsFor(caller.institutionId())) {
            refused(caller, "workbook of period " + periodId + (period == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return period;
    }

    /** The caller's institution's reports in the period that it may still change, by id. */
    private Map<Long, ReportWorkbook.Entry> editable(Participant caller, ReportingPeriod period, Locale locale) {
        Map<Long, ReportWorkbook.Entry> result = new LinkedHashMap<>();
        if (period.getState() != PeriodState.OPEN) {
            return result;
        }
        boolean romanian = Bilingual.isRomanian(locale);
        for (ProgressReport r : em.createNamedQuery(ProgressReport.FOR_INSTITUTION, ProgressReport.class)
                .setParameter("periodId", period.getId()).setParameter("institutionId", caller.institutionId())
                .getResultList()) {
            if (!r.isReporter(caller) || !r.getState().isOpenForInput()) {
                continue;
            }
            Objective o = r.getObjective();
            List<ReportWorkbook.MilestoneLine> milestones = new ArrayList<>();
            for (MilestoneProgress m : r.getMilestones()) {
                Milestone d = o.getMilestones().get(m.getMilestoneIndex());
                milestones.add(new ReportWorkbook.MilestoneLine(d.getYear(),
                        romanian ? d.getDescriptionRo() : d.getDescriptionEn(), m.getStatus(), m.getComment()));
            }
            List<ReportWorkbook.IndicatorLine> indicators = new ArrayList<>();
            for (IndicatorProgress i : r.getIndicators()) {
                Indicator d = o.getIndicators().get(i.getIndicatorIndex());
                indicators.add(new ReportWorkbook.IndicatorLine(romanian ? d.getNameRo() : d.getNameEn(),
                        d.getBaseline(), d.getTarget(), d.unit(locale), i.getValueReached(), ProgressReport.numeric(d)));
            }
            result.put(r.getId(), new ReportWorkbook.Entry(r.getId(), o.getCode(),
                    romanian ? o.getTitleRo() : o.getTitleEn(), r.getNarrativeRo(), r.getNarrativeEn(), milestones,
                    indicators));
        }
        return result;
    }

    // ---- helpers -------------------------------------------------------------------------

    /**
     * One act on a report: the report at the version the page showed, the domain method, the
     * flush that turns a concurrent change into a translated error, the audit event.
     */
    private ProgressReport step(Participant caller, long reportId, long expectedVersion, String action,
                                BiConsumer<ProgressReport, Participant> change, Object... details) {
        ProgressReport report = visibleReport(caller, reportId);
        if (report.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(report.getId(), report.getObjective().getCode());
        }
        String before = reportState(report);
        change.accept(report, caller);
        rollUps.invalidateAfterTransaction(report.getPeriod().getId());
        flush(report.getObjective().getCode());
        Object[] after = new Object[details.length + 2];
        after[0] = "content";
        after[1] = reportState(report);
        System.arraycopy(details, 0, after, 2, details.length);
        auditTrail.record(caller.username(), action, AUDIT_REPORT, report.getId(), before, AuditJson.object(after));
        return report;
    }

    private ReportingPeriod periodStep(long periodId, long expectedVersion, String action,
                                       BiConsumer<ReportingPeriod, Actor> change, Object... details) {
        Actor actor = callers.currentActor();
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new AccessDeniedException();
        }
        if (period.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(period.getId(), period.getTitle());
        }
        PeriodState before = period.getState();
        change.accept(period, actor);
        rollUps.invalidateAfterTransaction(period.getId());
        flush(period.getTitle());
        Object[] after = new Object[details.length + 4];
        after[0] = "state";
        after[1] = period.getState();
        after[2] = "snapshotSha256";
        after[3] = period.getSnapshotSha256().orElse(null);
        System.arraycopy(details, 0, after, 4, details.length);
        auditTrail.record(actor.username(), action, AUDIT_PERIOD, period.getId(), AuditJson.object("state", before),
                AuditJson.object(after));
        return period;
    }

    /** What the audit trail keeps of a report: its state and figures as entered, as JSON. */
    private static String reportState(ProgressReport r) {
        return AuditJson.object("state", r.getState(),
                "milestones", r.getMilestones().stream().map(m -> m.getStatus() + "/" + m.getWeight()).toList(),
                "indicators", r.getIndicators().stream().map(i -> i.getValueReached() + "/" + i.getWeight()).toList(),
                "narrativeRo", r.getNarrativeRo(), "narrativeEn", r.getNarrativeEn(),
                "override", r.getOverridePercent().orElse(null));
    }

    private ProgressReport visibleReport(Participant caller, long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null || !report.visibleTo(caller)) {
            refused(caller, "report " + reportId + (report == null ? " (none)" : ""));
            throw new AccessDeniedException();
        }
        return report;
    }

    private ReportView view(ProgressReport r, Participant caller) {
        Objective o = r.getObjective();
        boolean staff = staff(caller);
        boolean lead = r.isReporter(caller);
        boolean periodOpen = r.getPeriod().getState() == PeriodState.OPEN;
        boolean open = periodOpen && r.getState().isOpenForInput();
        List<Milestone> milestoneDefinitions = o.getMilestones();
        List<ReportView.MilestoneRow> milestones = new ArrayList<>();
        for (MilestoneProgress m : r.getMilestones()) {
            Milestone d = milestoneDefinitions.get(m.getMilestoneIndex());
            milestones.add(new ReportView.MilestoneRow(m.getMilestoneIndex(), d.getYear(), d.getDescriptionEn(),
                    d.getDescriptionRo(), m.getStatus(), m.getComment(), m.getWeight()));
        }
        List<Indicator> indicatorDefinitions = o.getIndicators();
        List<ReportView.IndicatorRow> indicators = new ArrayList<>();
        for (IndicatorProgress i : r.getIndicators()) {
            Indicator d = indicatorDefinitions.get(i.getIndicatorIndex());
            indicators.add(new ReportView.IndicatorRow(i.getIndicatorIndex(), d.getNameEn(), d.getNameRo(),
                    d.getBaseline(), d.getTarget(), d.unit(java.util.Locale.ENGLISH), i.getValueReached(), ProgressReport.numeric(d),
                    i.getWeight()));
        }
        List<ReportView.InputRow> inputs = r.getInputs().stream()
                .filter(i -> staff || lead || i.getInstitution().getId().equals(caller.institutionId()))
                .map(i -> new ReportView.InputRow(i.getInstitution().getCode(), i.getInstitution().getNameEn(),
                        i.getInstitution().getNameRo(), i.getText(), i.getAuthor(), i.getUpdatedAt()))
                .toList();
        boolean contributor = !lead && caller.consultsFor(caller.institutionId())
                && o.getContributingInstitutions().stream().anyMatch(i -> i.getId().equals(caller.institutionId()));
        Institution institution = r.getInstitution();
        return new ReportView(r.getId(), r.getVersion(), r.getPeriod().getId(), r.getPeriod().getTitle(),
                r.getPeriod().getState(), o.getId(), o.getCode(), o.getTitleEn(), o.getTitleRo(),
                o.getAuthoritativeLanguage(), o.getArea().getCode(), institution.getCode(), institution.getNameEn(),
                institution.getNameRo(), r.getState(), r.getNarrativeRo(), r.getNarrativeEn(), milestones,
                indicators, inputs, staff || lead ? figure(rollUps.figures(r.getPeriod()).objective(o.getCode())) : null,
                r.getSubmittedBy().orElse(null), r.getSubmittedAt().orElse(null), r.getReturnReason().orElse(null),
                r.getAcceptedBy().orElse(null), r.getAcceptedAt().orElse(null), r.isOverdue(today()),
                open && lead, open && lead && caller.isFocalPointOf(institution.getId()), open && contributor,
                periodOpen && caller.isNegotiator() && r.getState() == ReportState.SUBMITTED,
                periodOpen && caller.isNegotiator());
    }

    private static ReportView.Figure figure(RollUp.Figure f) {
        return new ReportView.Figure(f.value(), f.computed(), f.overridden(), f.reason());
    }

    private Participant caller() {
        return callers.currentParticipant();
    }

    private static boolean staff(Participant caller) {
        return caller.isNegotiator() || caller.actor().hasRole(Role.AUDITOR);
    }

    private static void refused(Participant caller, String what) {
        REFUSALS.warning(() -> "Refused: " + caller.username() + " (institution " + caller.institutionId()
                + ") asked for " + what);
    }

    private void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException | StaleStateException e) {
            throw new ConcurrentEditException(0L, what);
        }
    }

    /** From the application's clock, which deadline tests move. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ReportingPeriod.ZONE);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
