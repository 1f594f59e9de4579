package md.itpp.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.domain.approval.StepDefinition;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.ear.Deployments;
import md.itpp.ear.security.AccessMatrix.Column;
import md.itpp.ear.security.AccessMatrix.Row;
import md.itpp.ear.services.ConsultationProbe;
import md.itpp.ear.services.RunAsRole;
import md.itpp.persistence.account.AccountForm;
import md.itpp.persistence.account.AccountFilter;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.account.ApiTokenService;
import md.itpp.persistence.account.PasswordService;
import md.itpp.persistence.account.SessionCheck;
import md.itpp.persistence.account.SignInThrottle;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.approval.DashboardService;
import md.itpp.persistence.approval.NegotiationService;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.menu.MenuService;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.config.OperationsFigures;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundSummary;
import md.itpp.persistence.consultation.SynthesisFormat;
import md.itpp.persistence.notification.NotificationService;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.PersonalDraftService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.programme.ProgrammeDocumentService;
import md.itpp.persistence.reference.ReferenceAdminService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.quickstart.DemoData;
import md.itpp.testkit.FacesHttp;
import md.itpp.testkit.ObjectiveFixture;

/**
 * The whole authorization matrix (security/access-matrix.txt) against the running EAR: every
 * page over HTTP as every demo account, including a consultee of another institution, and every
 * service action under every role (CON through a consultee of the institution the test's own
 * consultation round invites). Allowed cells must work; refused cells must return nothing.
 * The matrix must declare every page the web module deploys and every public service method.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The demo account behind each page column. */
    private static final Map<Column, String> USERS = new EnumMap<>(Map.of(
            Column.NEG, "negotiator", Column.CON, "consultee", Column.COX, "consultee.mai",
            Column.REV, "reviewer", Column.APP, "approver", Column.ADM, "admin", Column.AUD, "auditor"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(objective|account|round|period|report|evidence):([^}]+)}");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"signed-in-as\"");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {ConsultationProbe.class},
                AccessMatrixIT.class, AccessMatrix.class, AccessMatrix.Column.class, AccessMatrix.Row.class,
                RunAsRole.class, RunAsRole.AsNegotiator.class, RunAsRole.AsConsultee.class,
                RunAsRole.AsReviewer.class, RunAsRole.AsApprover.class, RunAsRole.AsAdmin.class,
                RunAsRole.AsAuditor.class));
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE).addAsResource("security/access-matrix.txt");
        return ear;
    }

    @ArquillianResource
    private URL deploymentUrl;

    @Inject
    private ServletContext servletContext;

    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsReviewer reviewer;
    @EJB
    private RunAsRole.AsApprover approver;
    @EJB
    private RunAsRole.AsAdmin admin;
    @EJB
    private RunAsRole.AsAuditor auditor;

    @EJB
    private AuditTrail auditTrail;
    @EJB
    private SessionCheck sessionCheck;
    @EJB
    private SignInThrottle signInThrottle;
    @EJB
    private OperationsFigures operationsFigures;
    @EJB
    private CallerService callers;
    @EJB
    private AuditService audit;
    @EJB
    private AccountService accounts;
    @EJB
    private PasswordService passwords;
    @EJB
    private ApiTokenService apiTokens;
    @EJB
    private ReferenceService reference;
    @EJB
    private ObjectiveService objectives;
    @EJB
    private DraftingService drafting;
    @EJB
    private PersonalDraftService personalDrafts;
    @EJB
    private ReferenceAdminService referenceAdmin;
    @EJB
    private ConsultationService consultation;
    @EJB
    private ConsultationProbe probe;
    @EJB
    private NotificationService notifications;
    @EJB
    private ApprovalService approval;
    @EJB
    private TaskService tasks;
    @EJB
    private MenuService menu;
    @EJB
    private DashboardService dashboard;
    @EJB
    private md.itpp.persistence.consultation.ConsultationProgressService consultationProgress;
    @EJB
    private NegotiationService negotiation;
    @EJB
    private ProgrammeDocumentService programmeDocument;
    @EJB
    private md.itpp.persistence.monitoring.MonitoringService monitoring;

    private List<Row> matrix;

    @BeforeEach
    void readMatrix() throws IOException {
        matrix = AccessMatrix.read();
    }

    private String base() {
        return "http://127.0.0.1:" + deploymentUrl.getPort();
    }

    // ----------------------------------------------------------------- completeness

    @Test
    void everyDeployedPageIsDeclared() {
        Set<String> pages = new TreeSet<>();
        collectPages("/", pages);
        assertTrue(pages.size() >= 10, "found only " + pages);
        Set<String> declared = new TreeSet<>();
        matrix.stream().filter(r -> r.kind().equals("page")).forEach(r -> declared.add(r.path()));
        Set<String> undeclared = new TreeSet<>(pages);
        undeclared.removeAll(declared);
        assertTrue(undeclared.isEmpty(), "pages missing from security/access-matrix.txt: " + undeclared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(pages);
        // Download servlets (no .xhtml) are not found by the scan; they are declared by hand and
        // checked over HTTP like the pages.
        stale.removeIf(path -> !path.endsWith(".xhtml"));
        assertTrue(stale.isEmpty(), "the matrix declares pages that do not exist: " + stale);
    }

    private void collectPages(String folder, Set<String> pages) {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.startsWith("/WEB-INF/") || entry.startsWith("/META-INF/")) {
                continue;
            }
            if (entry.endsWith("/")) {
                collectPages(entry, pages);
            } else if (entry.endsWith(".xhtml")) {
                pages.add(entry);
            }
        }
    }

    @Test
    void everyPublicServiceMethodIsDeclared() throws Exception {
        Set<String> methods = new TreeSet<>();
        for (Class<?> service : serviceClasses()) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(methods.size() >= 20, "found only " + methods);
        Set<String> declared = new TreeSet<>();
        matrix.stream().filter(r -> r.kind().equals("service")).forEach(r -> declared.add(r.target()));
        Set<String> undeclared = new TreeSet<>(methods);
        undeclared.removeAll(declared);
        assertTrue(undeclared.isEmpty(), "service methods missing from security/access-matrix.txt: " + undeclared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(methods);
        assertTrue(stale.isEmpty(), "the matrix declares service methods that do not exist: " + stale);
    }

    /** The session beans of md.itpp.persistence, read from the EJB module as deployed. */
    private static List<Class<?>> serviceClasses() throws Exception {
        URL location = AccountService.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> names = new ArrayList<>();
        if (location.getPath().endsWith(".jar")) {
            try (InputStream in = location.openStream(); ZipInputStream jar = new ZipInputStream(in)) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    names.add(entry.getName());
                }
            }
        } else {
            java.nio.file.Path root = java.nio.file.Paths.get(location.toURI());
            try (var files = java.nio.file.Files.walk(root)) {
                files.forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        List<Class<?>> services = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("md/itpp/persistence/") && name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'),
                        false, AccountService.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                    services.add(type);
                }
            }
        }
        return services;
    }

    // ----------------------------------------------------------------- pages

    @Test
    void everyRoleSeesExactlyThePagesTheMatrixAllows() throws Exception {
        Map<Column, FacesHttp> sessions = new EnumMap<>(Column.class);
        for (Map.Entry<Column, String> user : USERS.entrySet()) {
            FacesHttp browser = new FacesHttp(base());
            assertTrue(FacesHttp.signedIn(browser.login(user.getValue(), DemoData.PASSWORD)), user.getValue());
            sessions.put(user.getKey(), browser);
        }
        sessions.put(Column.ANO, new FacesHttp(base()));
        String secret = objectiveTitle("SO-CYB-1");
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix) {
            if (!row.kind().equals("page")) {
                continue;
            }
            String path = resolve(row.target());
            for (Column column : Column.values()) {
                Boolean allowed = row.allows(column);
                if (allowed == null) {
                    continue;
                }
                HttpResponse<String> page = sessions.get(column).get(path);
                boolean ok = page.statusCode() == 200;
                if (allowed && !ok) {
                    wrong.add(column + " " + row.target() + ": refused (" + page.statusCode() + ")");
                } else if (!allowed && (ok && !isLoginPage(page) || page.body().contains(secret))) {
                    wrong.add(column + " " + row.target() + ": served (" + page.statusCode() + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "pages against the matrix:\n" + String.join("\n", wrong));
    }

    private static boolean isLoginPage(HttpResponse<String> page) {
        return page.body().contains("type=\"password\"") && !SIGNED_IN_AS.matcher(page.body()).find();
    }

    private String resolve(String target) {
        Matcher m = PLACEHOLDER.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = switch (m.group(1)) {
                case "objective" -> objectiveId(m.group(2));
                case "round" -> m.group(2).equals("matrix") ? fixture().round() : firstRoundOn(m.group(2));
                case "period" -> monitoringPeriod();
                case "report" -> monitoringReport(m.group(2));
                case "evidence" -> monitoringEvidence("matrix.pdf");
                default -> accountId(m.group(2));
            };
            m.appendReplacement(out, Long.toString(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    private long objectiveId(String code) {
        ObjectiveQuery query = new ObjectiveQuery();
        query.setText(code);
        return negotiator.call(() -> objectives.find(query, 0, 50)).stream()
                .filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String objectiveTitle(String code) {
        return negotiator.call(() -> objectives.getObjective(objectiveId(code)).getTitleEn());
    }

    /** The oldest round that consults on the objective: for PG-EDU-1.1, the demo round. */
    private long firstRoundOn(String objectiveCode) {
        return negotiator.call(() -> consultation.rounds()).stream().map(RoundSummary::id).sorted()
                .filter(id -> negotiator.call(() -> consultation.round(id)).objectives().stream()
                        .anyMatch(o -> o.code().equals(objectiveCode)))
                .findFirst().orElseThrow();
    }

    private long accountId(String username) {
        return admin.call(() -> accounts.accounts()).stream()
                .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow().getId();
    }

    // ----------------------------------------------------------------- services

    @Test
    void everyRoleCallsExactlyTheServiceActionsTheMatrixAllows() {
        long objective = objectiveId("SO-CYB-1");
        long account = accountId("auditor");
        Map<String, Callable<?>> actions = actions(objective, account, fixture());
        Map<Column, Function<Callable<?>, Object>> roles = new EnumMap<>(Column.class);
        roles.put(Column.NEG, negotiator::call);
        roles.put(Column.CON, this::asInvitedConsultee);
        roles.put(Column.COX, consultee::call);
        roles.put(Column.REV, reviewer::call);
        roles.put(Column.APP, approver::call);
        roles.put(Column.ADM, admin::call);
        roles.put(Column.AUD, auditor::call);
        roles.put(Column.ANO, RunAsRole::callUnchecked);
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix) {
            if (!row.kind().equals("service")) {
                continue;
            }
            Callable<?> action = actions.get(row.target());
            if (action == null) {
                wrong.add(row.target() + ": no call in the test");
                continue;
            }
            for (Map.Entry<Column, Function<Callable<?>, Object>> role : roles.entrySet()) {
                Boolean allowed = row.allows(role.getKey());
                if (allowed == null) {
                    continue;
                }
                Object result = null;
                boolean refused;
                try {
                    result = role.getValue().apply(action);
                    refused = false;
                } catch (EJBAccessException | AccessDeniedException | ObjectiveNotFoundException e) {
                    refused = true;
                } catch (RuntimeException e) {
                    // Reached the service and failed on its own rules (e.g. a bad password): allowed.
                    refused = refusal(e);
                }
                if (allowed && refused) {
                    wrong.add(role.getKey() + " " + row.target() + ": refused");
                } else if (!allowed && !refused) {
                    wrong.add(role.getKey() + " " + row.target() + ": allowed, returned " + result);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "service actions against the matrix:\n" + String.join("\n", wrong));
    }

    /**
     * A consultee of the Ministry of Defence (focal point): the run-as consultee is given an
     * account of that institution for the call only, so column COX keeps meeting a consultee of
     * no institution.
     */
    private Object asInvitedConsultee(Callable<?> work) {
        probe.actAs("MA", true);
        try {
            return consultee.call(work);
        } finally {
            probe.dropActor();
        }
    }

    /** What the consultation and approval actions are called on. */
    private record Fixture(long round, long plannedRound, long roundObjective, long comment) {
    }

    /**
     * A round of its own (on a new objective led by the Ministry of Finance, with a code before
     * SO-CYB-1 like the consultation tests' ones) that invites the Ministry of Defence, whose
     * focal point submitted one comment, and a planned round: the demo round stays untouched.
     */
    private Fixture fixture() {
        if (fixture == null) {
            fixture = consultationFixture();
        }
        return fixture;
    }

    private Fixture fixture;

    private Fixture consultationFixture() {
        String code = "SO-CMX-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase(Locale.ROOT);
        long ma = institutionId("MA");
        ObjectiveDraft draft = ObjectiveFixture.objective(code).title("Matrix networks " + code, "Rețele matrice " + code)
                .text("Connect the networks.", "Conectarea rețelelor.").source(SourceInstrument.SPS)
                .priority(Priority.LOW).area(negotiator.call(() -> reference.areas()), "SCI").lead(institutionId("MF"))
                .milestone(2026, "Connected", "Conectate")
                .indicator("Networks", "Rețele", "0", "3", "networks", "Report").draft();
        SaveResult created = negotiator.call(() -> drafting.create(null, draft, UUID.randomUUID().toString()));
        Instant deadline = Instant.now().plus(Duration.ofDays(10));
        String title = "Matrix round " + code;
        long round = negotiator.call(() -> consultation.plan(title, deadline));
        long version = negotiator.call(() -> consultation.round(round)).version();
        negotiator.call(() -> {
            consultation.configure(round, version, title, deadline, List.of(code), List.of(ma));
            return null;
        });
        long configured = negotiator.call(() -> consultation.round(round)).version();
        negotiator.call(() -> {
            consultation.open(round, configured);
            return null;
        });
        long comment = (Long) asInvitedConsultee(() -> {
            long id = consultation.addComment(round, created.objectiveId(), CommentField.TEXT_EN,
                    CommentType.EDITORIAL, "Matrix comment.", "Connect the research networks.");
            consultation.submitPosition(round, PositionType.SUPPORT_WITH_COMMENTS, "MX-1", LocalDate.now());
            return id;
        });
        long planned = negotiator.call(() -> consultation.plan("Matrix planned round " + code, deadline));
        return new Fixture(round, planned, created.objectiveId(), comment);
    }

    private long institutionId(String code) {
        return ObjectiveFixture.institutionId(negotiator.call(() -> reference.institutions()), code);
    }

    private static boolean refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessDeniedException
                    || t instanceof ObjectiveNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Consultation: reading the test's own round and comment; changes with a stale version, on a
     * planned round or on a round past its position, so that an allowed call changes nothing.
     */
    private void consultationActions(Map<String, Callable<?>> a, Fixture fx, String tag) {
        a.put("ConsultationService.rounds", () -> consultation.rounds());
        a.put("ConsultationService.round", () -> consultation.round(fx.round()));
        a.put("ConsultationService.comment", () -> consultation.comment(fx.comment()));
        a.put("ConsultationService.plan", () -> consultation.plan("", null));
        a.put("ConsultationService.create", () -> consultation.create("", null, List.of(), List.of()));
        a.put("ConsultationService.configure", () -> {
            consultation.configure(fx.plannedRound(), -1, "Matrix " + tag, Instant.now().plus(Duration.ofDays(5)),
                    List.of(), List.of());
            return null;
        });
        a.put("ConsultationService.eligibleObjective", () -> consultation.eligibleObjective("SO-CYB-1"));
        a.put("ConsultationService.open", () -> {
            consultation.open(fx.plannedRound(), -1);
            return null;
        });
        a.put("ConsultationService.close", () -> {
            consultation.close(fx.plannedRound());
            return null;
        });
        a.put("ConsultationService.finalizeSynthesis", () -> {
            consultation.finalizeSynthesis(fx.plannedRound());
            return null;
        });
        a.put("ConsultationService.dispose", () -> {
            consultation.dispose(fx.comment(), -1, DispositionType.ACCEPTED, "Matrix.");
            return null;
        });
        a.put("ConsultationService.applyProposedWording",
                () -> consultation.applyProposedWording(fx.comment(), -1, UUID.randomUUID().toString()));
        a.put("ConsultationService.synthesis", () -> consultation.synthesis(fx.round()));
        a.put("ConsultationService.export", () -> {
            consultation.export(fx.round(), SynthesisFormat.XLSX, Locale.ENGLISH, OutputStream.nullOutputStream());
            return null;
        });
        a.put("ConsultationService.addComment", () -> consultation.addComment(fx.round(), fx.roundObjective(),
                CommentField.TEXT_EN, CommentType.EDITORIAL, "Matrix " + tag, null));
        a.put("ConsultationService.editComment", () -> {
            consultation.editComment(fx.comment(), -1, fx.roundObjective(), CommentField.TEXT_EN,
                    CommentType.EDITORIAL, "Matrix " + tag, null);
            return null;
        });
        a.put("ConsultationService.dropComment", () -> {
            consultation.dropComment(fx.comment(), -1);
            return null;
        });
        a.put("ConsultationService.submitPosition", () -> {
            consultation.submitPosition(fx.round(), PositionType.SUPPORT, "MX-2", LocalDate.now());
            return null;
        });
        a.put("NotificationService.latest", () -> notifications.latest(5));
        a.put("NotificationService.markAllRead", () -> notifications.markAllRead());
    }

    /**
     * Review, approval and the negotiation with NATO on SO-CYB-1 with a stale version, the chain
     * with no steps (invalid): an allowed call is turned down by the service's own rules.
     */
    /**
     * Monitoring: the test's own period (2027) and its report on SO-INT-1 (led by MA); changes
     * with a stale version and a year outside the programme, so an allowed call changes nothing.
     */
    private void monitoringActions(Map<String, Callable<?>> a) {
        long period = monitoringPeriod();
        long report = monitoringReport("SO-INT-1");
        a.put("MonitoringService.periods", () -> monitoring.periods());
        a.put("MonitoringService.reportTasks", () -> monitoring.reportTasks(md.itpp.persistence.monitoring.MonitoringService.MAX_TASKS));
        a.put("MonitoringService.dashboard", () -> monitoring.dashboard(period));
        a.put("MonitoringService.period", () -> monitoring.period(period));
        a.put("MonitoringService.report", () -> monitoring.report(report));
        a.put("MonitoringService.nationalReport", () -> {
            monitoring.nationalReport(period, md.itpp.persistence.monitoring.ReportFormat.XLSX, Language.EN,
                    OutputStream.nullOutputStream());
            return null;
        });
        a.put("MonitoringService.openPeriod", () -> monitoring.openPeriod("Matrix", 2099, null, null));
        a.put("MonitoringService.changeDeadlines", () -> {
            monitoring.changeDeadlines(period, -1, LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 1));
            return null;
        });
        a.put("MonitoringService.closePeriod", () -> monitoring.closePeriod(period, -1));
        a.put("MonitoringService.reopenPeriod", () -> {
            monitoring.reopenPeriod(period, -1, "Matrix.");
            return null;
        });
        a.put("MonitoringService.returnReport", () -> {
            monitoring.returnReport(report, -1, "Matrix.");
            return null;
        });
        a.put("MonitoringService.accept", () -> {
            monitoring.accept(report, -1);
            return null;
        });
        a.put("MonitoringService.weigh", () -> {
            monitoring.weigh(report, -1, List.of(), List.of());
            return null;
        });
        a.put("MonitoringService.override", () -> {
            monitoring.override(report, -1, 50.0, "Matrix.");
            return null;
        });
        a.put("MonitoringService.saveDraft", () -> {
            monitoring.saveDraft(report, -1, new md.itpp.domain.monitoring.ReportDraft("Matrix", null,
                    List.of(), List.of()));
            return null;
        });
        a.put("MonitoringService.submit", () -> {
            monitoring.submit(report, -1);
            return null;
        });
        a.put("MonitoringService.contribute", () -> {
            monitoring.contribute(report, "Matrix.");
            return null;
        });
        long evidence = monitoringEvidence("matrix.pdf");
        long removable = monitoringEvidence("matrix-remove.pdf");
        a.put("MonitoringService.evidence", () -> monitoring.evidence(report));
        a.put("MonitoringService.evidenceFile", () -> monitoring.evidenceFile(evidence));
        a.put("MonitoringService.attachEvidence", () -> monitoring.attachEvidence(report, "matrix.png", MATRIX_PDF));
        a.put("MonitoringService.removeEvidence", () -> {
            monitoring.removeEvidence(removable);
            return null;
        });
        a.put("MonitoringService.workbook", () -> monitoring.workbook(period, java.util.Locale.ENGLISH));
        a.put("MonitoringService.uploadWorkbook", () -> monitoring.uploadWorkbook(period,
                "not a workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.util.Locale.ENGLISH));
    }

    private static final byte[] MATRIX_PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** An evidence file of that name on the report on SO-INT-1, attached by MA once. */
    private long monitoringEvidence(String name) {
        long report = monitoringReport("SO-INT-1");
        return negotiator.call(() -> monitoring.evidence(report)).stream().filter(e -> e.fileName().equals(name))
                .map(md.itpp.persistence.monitoring.EvidenceRow::id).findFirst()
                .orElseGet(() -> (Long) asInvitedConsultee(() -> monitoring.attachEvidence(report, name, MATRIX_PDF)));
    }

    /** The report on the objective in the test's own period. */
    private long monitoringReport(String objectiveCode) {
        long period = monitoringPeriod();
        return negotiator.call(() -> monitoring.period(period)).reports().stream()
                .filter(r -> r.objectiveCode().equals(objectiveCode)).findFirst().orElseThrow().id();
    }

    /** The 2027 period, opened by this test once; the demo data reports on 2025. */
    private long monitoringPeriod() {
        return negotiator.call(() -> monitoring.periods()).stream().filter(p -> p.year() == 2027)
                .map(md.itpp.persistence.monitoring.PeriodSummary::id).findFirst()
                .orElseGet(() -> negotiator.call(() -> monitoring.openPeriod("Matrix period", 2027, null, null)));
    }

    private void approvalActions(Map<String, Callable<?>> a, long objective) {
        a.put("ApprovalService.configureChain", () -> approval.configureChain(List.<StepDefinition>of(), null));
        a.put("ApprovalService.findChain", () -> approval.findChain().map(c -> c.getId()));
        a.put("ApprovalService.reviewerAccounts", () -> approval.reviewerAccounts());
        a.put("ApprovalService.submit", () -> {
            approval.submit(objective, -1, "Matrix.");
            return null;
        });
        a.put("ApprovalService.signOff", () -> {
            approval.signOff(objective, -1);
            return null;
        });
        a.put("ApprovalService.returnForRevision", () -> {
            approval.returnForRevision(objective, -1, "Matrix.");
            return null;
        });
        a.put("ApprovalService.approve", () -> {
            approval.approve(objective, -1);
            return null;
        });
        a.put("ApprovalService.record", () -> approval.record(objective));
        a.put("ApprovalService.objectivePage", () -> approval.objectivePage(objective));
        a.put("MenuService.figures", () -> menu.figures());
        a.put("TaskService.tasks", () -> tasks.tasks(TaskService.MAX_PAGE));
        a.put("TaskService.overdue", () -> tasks.overdue());
        a.put("DashboardService.objectivesByAreaAndStatus", () -> dashboard.objectivesByAreaAndStatus());
        a.put("ConsultationProgressService.progress", () -> consultationProgress.progress());
        a.put("NegotiationService.sendToNato", () -> {
            negotiation.sendToNato(objective, -1);
            return null;
        });
        a.put("NegotiationService.recordNatoComments", () -> {
            negotiation.recordNatoComments(objective, -1);
            return null;
        });
        a.put("NegotiationService.agree", () -> {
            negotiation.agree(objective, -1);
            return null;
        });
        a.put("NegotiationService.recordAdoption", () -> {
            negotiation.recordAdoption(objective, -1, "MX-1", LocalDate.now());
            return null;
        });
        a.put("NegotiationService.reopen", () -> {
            negotiation.reopen(objective, -1, "Matrix.");
            return null;
        });
        a.put("ProgrammeDocumentService.docx", () -> {
            programmeDocument.docx(Language.EN, OutputStream.nullOutputStream());
            return null;
        });
        a.put("ProgrammeDocumentService.pdf", () -> {
            programmeDocument.pdf(Language.EN, OutputStream.nullOutputStream());
            return null;
        });
        a.put("ProgrammeDocumentService.document", () -> programmeDocument.document(Language.EN));
    }

    /** One call per declared action, with arguments that reach past the role check. */
    private Map<String, Callable<?>> actions(long objective, long account, Fixture fx) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ObjectiveDraft draft = ObjectiveFixture.objective("SO-MX-" + (System.nanoTime() % 100000))
                .title("Matrix " + tag, "Matrice " + tag).priority(Priority.LOW).draft();
        Map<String, Callable<?>> a = new java.util.HashMap<>();
        a.put("AuditTrail.record", () -> auditTrail.record("matrix", "test.matrix", "Test", tag, null, null));
        a.put("SessionCheck.status", () -> sessionCheck.status(Instant.now()));
        // Sign-in counting runs before anyone is signed in; the test's own address, never a real one.
        String matrixAddress = "matrix-" + tag;
        a.put("SignInThrottle.isLocked", () -> signInThrottle.isLocked("matrix", matrixAddress));
        a.put("SignInThrottle.failed", () -> {
            signInThrottle.failed("matrix", matrixAddress);
            return null;
        });
        a.put("SignInThrottle.succeeded", () -> {
            signInThrottle.succeeded("matrix", matrixAddress);
            return null;
        });
        a.put("SignInThrottle.insert", () -> {
            signInThrottle.insert("t:" + matrixAddress + "-" + System.nanoTime(), 5, Instant.now());
            return null;
        });
        a.put("SignInThrottle.deleteExpired", () -> {
            signInThrottle.deleteExpired();
            return null;
        });
        a.put("CallerService.currentActor", () -> callers.currentActor());
        a.put("CallerService.currentParticipant", () -> callers.currentParticipant());
        a.put("OperationsFigures.figures", () -> operationsFigures.figures());
        a.put("AuditService.count", () -> audit.count(AuditFilter.none()));
        a.put("AuditService.find", () -> audit.find(AuditFilter.none(), 0, 5));
        a.put("AuditService.page", () -> audit.page(AuditFilter.none(), 0, 5));
        a.put("AuditService.verify", () -> audit.verify());
        a.put("AccountService.accounts", () -> accounts.accounts());
        a.put("AccountService.count", () -> accounts.count(AccountFilter.none()));
        a.put("AccountService.find", () -> accounts.find(AccountFilter.none(), 0, 5));
        a.put("AccountService.getAccount", () -> accounts.getAccount(account));
        a.put("AccountService.create", () -> accounts.create("mx." + tag + "." + System.nanoTime() % 1000,
                new AccountForm("Matrix", EnumSet.of(Role.AUDITOR), null), "matrix-pass-" + UUID.randomUUID()));
        a.put("AccountService.update", () -> {
            Account current = accounts.getAccount(account);
            accounts.update(account, current.getVersion(), new AccountForm(current.getDisplayName(),
                    current.getRoles(), null));
            return null;
        });
        a.put("AccountService.deactivate", () -> {
            accounts.deactivate(-1);
            return null;
        });
        a.put("AccountService.activate", () -> {
            accounts.activate(account);
            return null;
        });
        a.put("AccountService.resetPassword", () -> {
            accounts.resetPassword(-1, "x");
            return null;
        });
        a.put("ApiTokenService.issue", () -> apiTokens.issue("", null));
        a.put("ApiTokenService.mine", () -> apiTokens.mine());
        a.put("ApiTokenService.revoke", () -> {
            apiTokens.revoke(-1);
            return null;
        });
        a.put("ApiTokenService.authenticate", () -> apiTokens.authenticate("itpp_not-a-token", "127.0.0.1"));
        a.put("PasswordService.changeOwnPassword", () -> {
            passwords.changeOwnPassword("not-the-password", "whatever-else-1");
            return null;
        });
        a.put("ReferenceService.programme", () -> reference.programme());
        a.put("ReferenceService.areas", () -> reference.areas());
        a.put("ReferenceService.institutions", () -> reference.institutions());
        a.put("ObjectiveService.count", () -> objectives.count(new ObjectiveQuery()));
        a.put("ObjectiveService.find", () -> objectives.find(new ObjectiveQuery(), 0, 5));
        a.put("ObjectiveService.countByStatus", () -> objectives.countByStatus());
        a.put("ObjectiveService.outline", () -> objectives.outline(0, 10));
        a.put("ObjectiveService.getObjective", () -> objectives.getObjective(objective));
        a.put("DraftingService.create", () -> drafting.create(null, draft, UUID.randomUUID().toString()));
        a.put("DraftingService.save", () -> drafting.save(objective, -1, draft, UUID.randomUUID().toString()));
        a.put("DraftingService.confirmTranslation",
                () -> drafting.confirmTranslation(objective, -1, UUID.randomUUID().toString()));
        a.put("DraftingService.findSave", () -> drafting.findSave(UUID.randomUUID().toString()));
        a.put("DraftingService.countRevisions", () -> drafting.countRevisions(objective));
        a.put("DraftingService.revisions", () -> drafting.revisions(objective, 0, 5));
        a.put("DraftingService.getRevision", () -> drafting.getRevision(objective, 1));
        a.put("DraftingService.compare", () -> drafting.compare(objective, 1, 1));
        a.put("DraftingService.applyProposal",
                () -> drafting.applyProposal(objective, -1, draft, UUID.randomUUID().toString()));
        a.put("PersonalDraftService.find", () -> personalDrafts.find(objective));
        a.put("PersonalDraftService.keep", () -> personalDrafts.keep(objective, "{\"titleEn\":\"matrix\"}", 0));
        a.put("PersonalDraftService.discard", () -> personalDrafts.discard(objective));
        // Reference data: invalid input or an unknown id, so that an allowed call changes nothing.
        a.put("ReferenceAdminService.createInstitution", () -> referenceAdmin.createInstitution("", "", "", ""));
        a.put("ReferenceAdminService.updateInstitution", () -> {
            referenceAdmin.updateInstitution(-1, 0, "X", "X", "X");
            return null;
        });
        a.put("ReferenceAdminService.createArea", () -> referenceAdmin.createArea("", "", "", 1));
        a.put("ReferenceAdminService.updateArea", () -> {
            referenceAdmin.updateArea(-1, 0, "X", "X", 1);
            return null;
        });
        consultationActions(a, fx, tag);
        approvalActions(a, objective);
        monitoringActions(a);
        return a;
    }
}
