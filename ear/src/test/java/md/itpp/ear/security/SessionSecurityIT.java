package md.itpp.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.BusinessException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.AccountMessages;
import md.itpp.domain.account.Role;
import md.itpp.domain.audit.AuditEvent;
import md.itpp.ear.Deployments;
import md.itpp.ear.services.RunAsRole;
import md.itpp.persistence.account.AccountForm;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.account.SignInThrottle;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.quickstart.DemoData;
import md.itpp.testkit.FacesHttp;

/**
 * Sessions, cookies, headers, CSRF, lockout and account administration, tested the way an
 * attacker would: raw HTTP against the real EAR, with the account service and the audit trail
 * checked behind it.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"signed-in-as\"");
    private static final Pattern STACK_TRACE =
            Pattern.compile("(\\w+\\.)+\\w*(Exception|Error):|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|Caused by:");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                SessionSecurityIT.class, RunAsRole.class, RunAsRole.AsAdmin.class,
                RunAsRole.AsAuditor.class, RunAsRole.AsNegotiator.class, RunAsRole.AsConsultee.class,
                RunAsRole.AsReviewer.class));
    }

    @ArquillianResource
    private URL deploymentUrl;

    @Resource(lookup = "java:app/jdbc/itpp")
    private DataSource database;
    @EJB
    private AccountService accounts;
    @EJB
    private AuditService audit;
    @EJB
    private RunAsRole.AsAdmin admin;
    @EJB
    private RunAsRole.AsAuditor auditor;

    private String base() {
        // The server listens on 127.0.0.1 only, whatever host name the deployment URL carries.
        return "http://127.0.0.1:" + deploymentUrl.getPort();
    }

    private FacesHttp browser() {
        return new FacesHttp(base());
    }

    private static boolean showsSignedIn(HttpResponse<String> page) {
        return page.statusCode() == 200 && SIGNED_IN_AS.matcher(page.body()).find();
    }

    /** A fresh account; the password is the first one, which it must change. */
    private long newAccount(String username, String password) {
        return admin.call(() -> accounts.create(username,
                new AccountForm("Test " + username, EnumSet.of(Role.NEGOTIATOR), null), password));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<AuditEvent> auditOf(String actor, String action) {
        return auditor.call(() -> audit.find(new AuditFilter(null, null, actor, action, null, null), 0, 50));
    }

    @Test
    void administratorsMakeAConsulteeTheFocalPointOfItsInstitution() {
        String username = unique("focal");
        long institutionId = admin.call(() -> accounts.accounts()).stream()
                .filter(a -> a.getUsername().equals("consultee")).findFirst().orElseThrow()
                .getInstitution().getId();
        long id = admin.call(() -> accounts.create(username, new AccountForm("Focal " + username,
                EnumSet.of(Role.CONSULTEE), institutionId, username + "@example.org", true),
                "first-password-" + UUID.randomUUID()));
        Account created = admin.call(() -> accounts.getAccount(id));
        assertTrue(created.isFocalPoint());
        assertEquals(username + "@example.org", created.getEmail());

        BusinessException refused = assertThrows(BusinessException.class, () -> admin.call(() -> {
            accounts.update(id, created.getVersion(), new AccountForm("Focal " + username,
                    EnumSet.of(Role.NEGOTIATOR), null, null, true));
            return null;
        }));
        assertEquals(AccountMessages.FOCAL_POINT_NEEDS_CONSULTEE, refused.messageKey());
        assertTrue(admin.call(() -> accounts.getAccount(id).isFocalPoint()
                && accounts.getAccount(id).hasRole(Role.CONSULTEE)), "nothing changed");
    }

    @Test
    void loginGivesANewSessionIdAndAPlantedOneIsNotAdopted() throws Exception {
        FacesHttp victim = browser();
        victim.get("/login.xhtml");
        // An id fixed beforehand by an attacker (the sign-in page itself starts no session).
        String planted = "1c" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        victim.useSessionId(planted);
        HttpResponse<String> login = victim.login("negotiator", DemoData.PASSWORD);
        assertTrue(FacesHttp.signedIn(login), "status " + login.statusCode());
        String after = victim.sessionId();
        assertNotEquals(planted, after, "the login response carries a new session id");
        assertTrue(showsSignedIn(victim.get("/index.xhtml")), "the new id is signed in");

        FacesHttp attacker = browser();
        attacker.useSessionId(planted);
        HttpResponse<String> replay = attacker.get("/index.xhtml");
        assertFalse(showsSignedIn(replay), "the planted id must not be signed in");
        assertTrue(replay.statusCode() == 302 || replay.body().contains("type=\"password\""),
                "the planted id is sent to the login page (status " + replay.statusCode() + ")");
        assertFalse(auditOf("negotiator", "login.success").isEmpty(), "the login is in the audit trail");
    }

    /**
     * Anyone can send these requests, as fast as they like: none may leave anything held on the
     * server for the session timeout (a session each filled a 512 MB heap in about a minute).
     */
    @Test
    void whatAnonymousVisitorsDoStartsNoSession() throws Exception {
        FacesHttp visitor = browser();
        assertEquals(200, visitor.get("/login.xhtml").statusCode());
        HttpResponse<String> asked = visitor.get("/objectives/detail.xhtml?id=1&tab=history");
        assertEquals(302, asked.statusCode());
        String location = FacesHttp.header(asked, "Location").orElseThrow();
        assertTrue(location.endsWith("/login.xhtml?next=%2Fobjectives%2Fdetail.xhtml%3Fid%3D1%26tab%3Dhistory"), location);
        assertEquals(404, visitor.get("/no-such-page.xhtml").statusCode());
        HttpResponse<String> refused = visitor.login("nobody." + UUID.randomUUID(), "not-a-password-at-all");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Invalid user name or password."), "the form again, with its message");
        HttpResponse<String> romanian = visitor.submit("/login.xhtml", "language",
                Map.of("language", "language", "language:ro", ""));
        assertTrue(romanian.body().contains("lang=\"ro\""), "the page in Romanian");
        assertEquals(Optional.of("ro"), visitor.cookie("itpp-lang"), "the language is remembered in a cookie");
        assertNull(visitor.sessionId(), "no session before sign-in");

        // The sign-in then goes to the page first asked for, in the language chosen.
        Map<String, String> form = visitor.formFields(location.substring(location.indexOf("/login.xhtml")), "login");
        form.putAll(Map.of("login", "login", "login:username", "negotiator",
                "login:password", DemoData.PASSWORD, "login:submit", ""));
        HttpResponse<String> signedIn = visitor.post("/login.xhtml", form);
        assertEquals(302, signedIn.statusCode());
        assertTrue(FacesHttp.header(signedIn, "Location").orElseThrow().endsWith("/objectives/detail.xhtml?id=1&tab=history"),
                signedIn.headers().map().toString());
        assertNotNull(visitor.sessionId(), "the session begins at sign-in");
        HttpResponse<String> detail = visitor.get("/objectives/detail.xhtml?id=1&tab=history");
        assertTrue(showsSignedIn(detail) && detail.body().contains("lang=\"ro\""), "signed in, in Romanian");

        // Only a page of this application: a sign-in never leads to another site.
        FacesHttp other = browser();
        Map<String, String> lured = other.formFields("/login.xhtml", "login");
        lured.putAll(Map.of("login", "login", "login:username", "negotiator",
                "login:password", DemoData.PASSWORD, "login:submit", "", "next", "/\\elsewhere.example/"));
        HttpResponse<String> home = other.post("/login.xhtml", lured);
        assertEquals(302, home.statusCode());
        assertTrue(FacesHttp.header(home, "Location").orElseThrow().endsWith("/index.xhtml"), home.headers().map().toString());
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        FacesHttp victim = browser();
        Map<String, String> form = victim.formFields("/login.xhtml", "login");
        form.putAll(Map.of("login", "login", "login:username", "negotiator",
                "login:password", DemoData.PASSWORD, "login:submit", ""));
        HttpResponse<String> forged = victim.postEncoded("/login.xhtml", FacesHttp.encode(form),
                "Origin", "https://elsewhere.example");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("You do not have permission"), "the forbidden page, translated");
        assertFalse(STACK_TRACE.matcher(forged.body()).find(), forged.body());
        HttpResponse<String> fetched = victim.postEncoded("/login.xhtml", FacesHttp.encode(form),
                "Sec-Fetch-Site", "cross-site", "Origin", base());
        assertEquals(403, fetched.statusCode(), "the browser's word on where the page came from decides");
        assertNull(victim.sessionId(), "not signed in");

        // The same form from the application's own page (the test above can fail).
        HttpResponse<String> own = victim.postEncoded("/login.xhtml", FacesHttp.encode(form),
                "Origin", base(), "Sec-Fetch-Site", "same-origin");
        assertTrue(FacesHttp.signedIn(own), "status " + own.statusCode());
    }

    @Test
    void theSessionIdAloneIsNotEnough() throws Exception {
        FacesHttp user = browser();
        HttpResponse<String> login = user.login("approver", DemoData.PASSWORD);
        assertTrue(FacesHttp.signedIn(login));
        String token = FacesHttp.headers(login, "Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-itpp-token=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session token cookie: " + login.headers().map()));
        assertTrue(token.matches("__Host-itpp-token=[A-Za-z0-9_-]{22}; Path=/; Secure; HttpOnly; SameSite=Strict"), token);
        assertTrue(showsSignedIn(user.get("/index.xhtml")));

        FacesHttp guesser = browser();
        guesser.useSessionId(user.sessionId());
        assertFalse(showsSignedIn(guesser.get("/index.xhtml")), "an id without the 128-bit token is refused");
        assertFalse(showsSignedIn(user.get("/index.xhtml")), "and the session it exposed is ended");
    }

    @Test
    void sessionCookieHasEachFlagExactlyOnce() throws Exception {
        HttpResponse<String> page = browser().login("reviewer", DemoData.PASSWORD);
        String cookie = FacesHttp.headers(page, "Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertEquals(1, count(cookie, "(?i);\\s*Secure(;|$)"), cookie);
        assertEquals(1, count(cookie, "(?i);\\s*HttpOnly(;|$)"), cookie);
        assertEquals(1, count(cookie, "(?i);\\s*SameSite=Strict(;|$)"), cookie);
        assertEquals(0, count(cookie, "(?i)SameSite=(Lax|None)"), cookie);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        FacesHttp anonymous = browser();
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        Matcher script = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertTrue(script.find(), "the login page loads a Faces resource");
        FacesHttp consultee = browser();
        assertTrue(FacesHttp.signedIn(consultee.login("consultee", DemoData.PASSWORD)));

        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("login page", login);
        responses.put("static file", anonymous.get("/resources/css/itpp.css"));
        responses.put("faces resource", anonymous.get(script.group(1).replace("&amp;", "&")));
        responses.put("not found", anonymous.get("/no-such-page-" + UUID.randomUUID() + ".xhtml"));
        responses.put("missing static file", anonymous.get("/resources/css/none-" + UUID.randomUUID() + ".css"));
        responses.put("forbidden", consultee.get("/admin/accounts.xhtml"));
        responses.put("signed-in page", consultee.get("/objectives/list.xhtml"));
        responses.put("hidden folder", anonymous.get("/WEB-INF/web.xml"));

        assertEquals(403, responses.get("forbidden").statusCode());
        assertEquals(404, responses.get("not found").statusCode());
        responses.forEach((what, response) -> {
            assertEquals(List.of("nosniff"), FacesHttp.headers(response, "X-Content-Type-Options"), what);
            assertEquals(List.of("DENY"), FacesHttp.headers(response, "X-Frame-Options"), what);
            assertEquals(List.of("same-origin"), FacesHttp.headers(response, "Referrer-Policy"), what);
            List<String> csp = FacesHttp.headers(response, "Content-Security-Policy");
            assertEquals(1, csp.size(), what + ": exactly one policy, got " + csp);
            assertTrue(csp.get(0).contains("frame-ancestors 'none'"), what + ": " + csp);
            assertFalse(csp.get(0).contains("unsafe-eval") || csp.get(0).matches(".*script-src[^;]*unsafe-inline.*"),
                    what + ": " + csp);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertFalse(STACK_TRACE.matcher(response.body()).find(), what + ": no internals in the page");
            }
        });
        assertTrue(FacesHttp.headers(login, "Content-Security-Policy").get(0).contains("'nonce-"),
                "Faces pages carry PrimeFaces' policy with a script nonce");
    }

    @Test
    void repeatedFailuresLockTheAccountWithoutSayingSo() throws Exception {
        String username = unique("lock");
        String password = "lockout-test-pass-" + UUID.randomUUID();
        newAccount(username, password);
        FacesHttp attacker = browser();
        HttpResponse<String> failure = null;
        for (int i = 0; i < 5; i++) {
            failure = attacker.login(username, "wrong-password-" + i);
            assertFalse(FacesHttp.signedIn(failure));
        }
        HttpResponse<String> locked = attacker.login(username, password);
        assertFalse(FacesHttp.signedIn(locked), "the right password is refused while locked");
        HttpResponse<String> unknown = browser().login(unique("nobody"), "whatever-password-1");
        assertEquals(messageOf(failure), messageOf(locked), "a lock looks like any failure");
        assertEquals(messageOf(failure), messageOf(unknown), "an unknown user looks like any failure");
        assertEquals(6, auditOf(username, "login.").size(), "five failures and one locked attempt recorded");
        assertEquals(1, auditOf(username, "login.locked").size());
        try (Connection connection = database.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "select failures, locked_until from sign_in_counter where counter_key = ?")) {
            read.setString(1, "u:" + username + "|127.0.0.1");
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "the count is a row of the database, which every node and a restart read");
                assertEquals(5, row.getInt(1), "the locked attempt does not extend the count");
                assertNotNull(row.getObject(2));
            }
        }
    }

    @Test
    void aLockCountedByAnotherNodeHoldsHere() throws Exception {
        String username = unique("node");
        String password = "other-node-pass-" + UUID.randomUUID();
        newAccount(username, password);
        // What another node of the cluster writes after five failures from this address.
        Instant now = Instant.now();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into sign_in_counter"
                     + " (counter_key, window_start, failures, locked_until, expires_at) values (?, ?, 5, ?, ?)")) {
            insert.setString(1, "u:" + username
                    + "|127.0.0.1");
            insert.setObject(2, now.minusSeconds(60).atOffset(ZoneOffset.UTC));
            insert.setObject(3, now.plus(SignInThrottle.LOCK).atOffset(ZoneOffset.UTC));
            insert.setObject(4, now.plus(SignInThrottle.LOCK).atOffset(ZoneOffset.UTC));
            assertEquals(1, insert.executeUpdate());
        }
        assertFalse(FacesHttp.signedIn(browser().login(username, password)),
                "the sixth attempt, with the right password, is refused on this node");
        assertEquals(1, auditOf(username, "login.locked").size());
    }

    /** The one message a failed login shows, in whichever language the page speaks. */
    private static String messageOf(HttpResponse<String> loginPage) {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("ro"))) {
            String text = java.util.ResourceBundle.getBundle("md.itpp.web.i18n.messages", locale)
                    .getString("error.login.failed");
            if (loginPage.body().contains(text)) {
                return text + " " + loginPage.statusCode();
            }
        }
        throw new AssertionError("the login page shows no failure (status " + loginPage.statusCode() + "): "
                + loginPage.body().substring(0, Math.min(3000, loginPage.body().length())));
    }

    @Test
    void healthSaysReadyAtTheLastMigrationAndMetricsCountSignIns() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        Matcher schema = Pattern.compile("\"schema\"\\s*:\\s*\"([^\"]+)\"").matcher(ready.body());
        Matcher expected = Pattern.compile("\"expected\"\\s*:\\s*\"([^\"]+)\"").matcher(ready.body());
        assertTrue(schema.find() && expected.find(), ready.body());
        assertEquals(expected.group(1), schema.group(1));
        assertTrue(expected.group(1).matches("\\d+(\\.\\d+)*"), "a version read from the build: " + expected.group(1));
        HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create(base() + "/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"heap\""), live.body());

        double before = metric(client, "itpp_signIns_total");
        assertTrue(FacesHttp.signedIn(browser().login("negotiator", DemoData.PASSWORD)));
        assertEquals(before + 1, metric(client, "itpp_signIns_total"), 0.0);
        assertTrue(metric(client, "itpp_auditChainLength") > 0, "a gauge read from the database");
    }

    /** One figure of the application's metrics (Prometheus text), summed over its series. */
    private double metric(HttpClient client, String name) throws Exception {
        HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(URI.create(base() + "/metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics.body());
        double sum = 0;
        boolean found = false;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        assertTrue(found, name + " missing in " + metrics.body());
        return sum;
    }

    @Test
    void anAjaxRequestOnAnExpiredViewReloadsItsPageWithAMessage() throws Exception {
        FacesHttp user = browser();
        assertTrue(FacesHttp.signedIn(user.login("negotiator", DemoData.PASSWORD)));
        String page = "/objectives/list.xhtml?status=DRAFT";
        // The layout's sign-out form, which every page has (the list itself is read with GET).
        Map<String, String> form = user.formFields(page, "sign-out");
        // What the browser sends when the server no longer has the view (a node died, the view expired).
        form.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321098765432");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "sign-out");
        form.put("jakarta.faces.partial.execute", "sign-out");
        form.put("jakarta.faces.partial.render", "sign-out");
        HttpResponse<String> answer = user.postEncoded("/objectives/list.xhtml", FacesHttp.encode(form),
                "Faces-Request", "partial/ajax", "Referer", base() + page);
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(answer.body());
        assertTrue(redirect.find(), "a reload, not an error: " + answer.body());
        String target = redirect.group(1).replace("&amp;", "&");
        assertTrue(target.startsWith("/objectives/list.xhtml?status=DRAFT"), target);
        HttpResponse<String> reloaded = user.get(target);
        assertEquals(200, reloaded.statusCode());
        String text = java.util.ResourceBundle.getBundle("md.itpp.web.i18n.messages", java.util.Locale.ENGLISH)
                .getString("error.viewExpiredReloaded");
        assertTrue(reloaded.body().contains(text.substring(0, 30)), "the page says why it was reloaded");

        // Only the path of a Referer is used: never a redirect to another site.
        HttpResponse<String> foreign = user.postEncoded("/objectives/list.xhtml", FacesHttp.encode(form),
                "Faces-Request", "partial/ajax", "Referer", "https://elsewhere.example/objectives/list.xhtml");
        Matcher own = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(foreign.body());
        assertTrue(own.find(), foreign.body());
        assertEquals("/objectives/list.xhtml", own.group(1));
    }

    @Test
    void unknownUsersTakeAsLongAsWrongPasswords() throws Exception {
        String username = unique("timing");
        newAccount(username, "timing-test-pass-" + UUID.randomUUID());
        browser().login(unique("warmup"), "warm-up-password");
        long wrong = 0;
        long unknown = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            browser().login(username, "not-the-password-" + i);
            long t1 = System.nanoTime();
            browser().login(unique("ghost"), "not-the-password-" + i);
            long t2 = System.nanoTime();
            wrong += t1 - t0;
            unknown += t2 - t1;
        }
        double ratio = (double) unknown / wrong;
        assertTrue(ratio > 0.6 && ratio < 1.6,
                "unknown user " + unknown / 3_000_000 + " ms vs wrong password " + wrong / 3_000_000 + " ms");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        FacesHttp user = browser();
        assertTrue(FacesHttp.signedIn(user.login("reviewer", DemoData.PASSWORD)));
        HttpResponse<String> home = user.get("/index.xhtml");
        assertTrue(showsSignedIn(home));
        String id = user.sessionId();
        Map<String, String> form = FacesHttp.hiddenFields(home.body(), "sign-out");
        form.put("sign-out", "sign-out");
        form.put("sign-out:submit", "");
        HttpResponse<String> out = user.post("/index.xhtml", form);
        assertEquals(302, out.statusCode());
        FacesHttp replay = browser();
        replay.useSessionId(id);
        assertFalse(showsSignedIn(replay.get("/index.xhtml")), "the signed-out id is dead");
        assertFalse(auditOf("reviewer", "session.logout").isEmpty());
    }

    @Test
    void deactivationEndsTheUsersOpenSessions() throws Exception {
        String username = unique("leaver");
        String password = "leaver-test-pass-" + UUID.randomUUID();
        long id = newAccount(username, password);
        FacesHttp user = browser();
        assertTrue(FacesHttp.signedIn(user.login(username, password)));
        // A first password must be changed: the change page is all this session may open.
        assertEquals(200, user.get("/account/password.xhtml").statusCode());
        HttpResponse<String> elsewhere = user.get("/objectives/list.xhtml");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(FacesHttp.header(elsewhere, "Location").orElse("").endsWith("/account/password.xhtml"));

        admin.call(() -> {
            accounts.deactivate(id);
            return null;
        });
        HttpResponse<String> after = user.get("/account/password.xhtml");
        assertEquals(302, after.statusCode());
        assertTrue(FacesHttp.header(after, "Location").orElse("").contains("/login.xhtml?ended=true"));
        assertFalse(FacesHttp.signedIn(browser().login(username, password)), "a deactivated account cannot sign in");
        assertFalse(auditOf(username, "session.ended").isEmpty());
    }

    /**
     * Another node deactivates the account: this node records no event of it, so nothing of what
     * it read of the account in earlier requests may still be in use (each request reads the row
     * once, RequestReads). The change is written as that node commits it, straight to the table.
     */
    @Test
    void aDeactivationCommittedByAnotherNodeEndsTheSessionHereAtTheNextRequest() throws Exception {
        String username = unique("elsewhere");
        String password = "other-node-pass-" + UUID.randomUUID();
        newAccount(username, password);
        FacesHttp user = browser();
        assertTrue(FacesHttp.signedIn(user.login(username, password)));
        assertEquals(200, user.get("/account/password.xhtml").statusCode());
        assertEquals(200, user.get("/account/password.xhtml").statusCode());
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update account set enabled = false, sessions_revoked_at = ? where username = ?")) {
            update.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
            update.setString(2, username);
            assertEquals(1, update.executeUpdate());
        }
        HttpResponse<String> after = user.get("/account/password.xhtml");
        assertEquals(302, after.statusCode(), "the session ended at its next request");
        assertTrue(FacesHttp.header(after, "Location").orElse("").contains("/login.xhtml?ended=true"));
    }

    @Test
    void aResetPasswordMustBeChangedAndWorksOnlyOnce() throws Exception {
        String username = unique("reset");
        long id = newAccount(username, "first-test-pass-" + UUID.randomUUID());
        String temporary = "temporary-pass-" + UUID.randomUUID();
        admin.call(() -> {
            accounts.resetPassword(id, temporary);
            return null;
        });
        FacesHttp user = browser();
        assertTrue(FacesHttp.signedIn(user.login(username, temporary)));
        HttpResponse<String> page = user.get("/account/password.xhtml");
        Map<String, String> form = FacesHttp.hiddenFields(page.body(), "password");
        String chosen = "my own river sentence " + UUID.randomUUID();
        form.put("password", "password");
        form.put("password:current", temporary);
        form.put("password:newPassword", chosen);
        form.put("password:repeated", chosen);
        form.put("password:submit", "");
        HttpResponse<String> changed = user.post("/account/password.xhtml", form);
        assertEquals(302, changed.statusCode(), "the change is accepted");
        assertTrue(showsSignedIn(user.get("/objectives/list.xhtml")), "the session goes on with the new password");
        assertFalse(FacesHttp.signedIn(browser().login(username, temporary)), "the temporary password is gone");
    }

    @Test
    void aPostWithoutViewStateOrFromAnotherSessionChangesNothing() throws Exception {
        String username = unique("target");
        long id = newAccount(username, "target-test-pass-" + UUID.randomUUID());
        FacesHttp first = browser();
        assertTrue(FacesHttp.signedIn(first.login("admin", DemoData.PASSWORD)));
        FacesHttp second = browser();
        assertTrue(FacesHttp.signedIn(second.login("admin", DemoData.PASSWORD)));

        HttpResponse<String> page = first.get("/admin/account.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        Map<String, String> form = FacesHttp.hiddenFields(page.body(), "state");
        form.put("state", "state");
        form.put("state:deactivate", "");
        String path = "/admin/account.xhtml?id=" + id;

        Map<String, String> noViewState = new java.util.LinkedHashMap<>(form);
        noViewState.remove("jakarta.faces.ViewState");
        HttpResponse<String> withoutState = first.post(path, noViewState);
        assertTrue(enabled(id), "no view state, no change (status " + withoutState.statusCode() + ")");

        HttpResponse<String> replayed = second.post(path, form);
        assertTrue(enabled(id), "another session's view state, no change (status " + replayed.statusCode() + ")");
        Matcher trace = STACK_TRACE.matcher(replayed.body());
        if (trace.find()) {
            throw new AssertionError("internals shown: " + replayed.body().substring(Math.max(0, trace.start() - 200),
                    Math.min(replayed.body().length(), trace.end() + 200)));
        }

        // The same request in its own session does work: the test above can fail.
        first.post(path, form);
        assertFalse(enabled(id), "the genuine form deactivates");
    }

    private boolean enabled(long id) {
        return admin.call(() -> accounts.getAccount(id).isEnabled());
    }
}
