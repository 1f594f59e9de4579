package md.itpp.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.ear.Deployments;
import md.itpp.ear.security.AccessMatrix.Column;
import md.itpp.ear.security.AccessMatrix.Row;
import md.itpp.ear.services.RunAsRole;
import md.itpp.persistence.account.AccountForm;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.account.PasswordService;
import md.itpp.persistence.account.SessionCheck;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.reference.ReferenceAdminService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.quickstart.DemoData;

/**
 * The whole authorization matrix (security/access-matrix.txt) against the running EAR: every
 * page over HTTP as every demo account, including a consultee of another institution, and every
 * service action under every role. Allowed cells must work; refused cells must return nothing.
 * The matrix must declare every page the web module deploys and every public service method.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The demo account behind each page column. */
    private static final Map<Column, String> USERS = new EnumMap<>(Map.of(
            Column.NEG, "negotiator", Column.CON, "consultee", Column.COX, "consultee.mai",
            Column.REV, "reviewer", Column.APP, "approver", Column.ADM, "admin", Column.AUD, "auditor"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(objective|account):([^}]+)}");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"signed-in-as\"");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                AccessMatrixIT.class, AccessMatrix.class, AccessMatrix.Column.class, AccessMatrix.Row.class,
                RawHttp.class, RunAsRole.class, RunAsRole.AsNegotiator.class, RunAsRole.AsConsultee.class,
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
    private CallerService callers;
    @EJB
    private AuditService audit;
    @EJB
    private AccountService accounts;
    @EJB
    private PasswordService passwords;
    @EJB
    private ReferenceService reference;
    @EJB
    private ObjectiveService objectives;
    @EJB
    private DraftingService drafting;
    @EJB
    private ReferenceAdminService referenceAdmin;

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
        Map<Column, RawHttp> sessions = new EnumMap<>(Column.class);
        for (Map.Entry<Column, String> user : USERS.entrySet()) {
            RawHttp browser = new RawHttp(base());
            assertTrue(RawHttp.signedIn(browser.login(user.getValue(), DemoData.PASSWORD)), user.getValue());
            sessions.put(user.getKey(), browser);
        }
        sessions.put(Column.ANO, new RawHttp(base()));
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
            long id = m.group(1).equals("objective") ? objectiveId(m.group(2)) : accountId(m.group(2));
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

    private long accountId(String username) {
        return admin.call(() -> accounts.accounts()).stream()
                .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow().getId();
    }

    // ----------------------------------------------------------------- services

    @Test
    void everyRoleCallsExactlyTheServiceActionsTheMatrixAllows() {
        long objective = objectiveId("SO-CYB-1");
        long account = accountId("auditor");
        Map<String, Callable<?>> actions = actions(objective, account);
        Map<Column, Function<Callable<?>, Object>> roles = new EnumMap<>(Column.class);
        roles.put(Column.NEG, negotiator::call);
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

    private static boolean refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessDeniedException
                    || t instanceof ObjectiveNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** One call per declared action, with arguments that reach past the role check. */
    private Map<String, Callable<?>> actions(long objective, long account) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ObjectiveDraft draft = new ObjectiveDraft("SO-MX-" + (System.nanoTime() % 100000), null,
                new ObjectiveContent("Matrix " + tag, "Matrice " + tag, "Text.", "Text.", Language.EN,
                        SourceInstrument.NEW, Priority.LOW, null, null, null),
                null, List.of(), List.of(), List.of());
        Map<String, Callable<?>> a = new java.util.HashMap<>();
        a.put("AuditTrail.record", () -> auditTrail.record("matrix", "test.matrix", "Test", tag, null, null));
        a.put("SessionCheck.status", () -> sessionCheck.status(Instant.now()));
        a.put("CallerService.currentActor", () -> callers.currentActor());
        a.put("AuditService.count", () -> audit.count(AuditFilter.none()));
        a.put("AuditService.find", () -> audit.find(AuditFilter.none(), 0, 5));
        a.put("AuditService.verify", () -> audit.verify());
        a.put("AccountService.accounts", () -> accounts.accounts());
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
        return a;
    }
}
