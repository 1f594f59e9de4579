package md.itpp.ear.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import md.itpp.ear.Deployments;
import md.itpp.quickstart.DemoData;

/**
 * Each role's journey through the release EAR on Payara Server, in headless Chromium: sign in,
 * the objectives list (filters, search, sort, paging in the database), an objective's detail,
 * the language switch, and the translated pages for a wrong password, an unknown page and a
 * forbidden page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    @ArquillianResource
    private URL deployed;

    private WebDriver driver;
    private String base;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start("en");
        base = System.getProperty("it.base.url", deployed.toString());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void wrongPasswordIsRefusedWithATranslatedMessage() {
        LoginPage login = LoginPage.open(driver, base);
        login.signIn("negotiator", "not-the-password");
        assertTrue(login.isShown(), "still on the sign-in page");
        assertTrue(login.messages().contains("Invalid user name or password."), login.messages());
        assertNoStackTrace(login);

        login.switchLanguage("ro");
        login.signIn("negotiator", "still-not-the-password");
        assertTrue(login.messages().contains("Nume de utilizator sau parolă incorectă."), login.messages());
    }

    @Test
    void negotiatorFindsAndReadsObjectives() {
        driver.get(base + "objectives/list.xhtml");
        LoginPage login = new LoginPage(driver, base);
        assertTrue(login.isShown(), "a protected page asks for sign-in first");
        login.signIn("negotiator", DemoData.PASSWORD);

        ObjectivesListPage list = new ObjectivesListPage(driver, base);
        assertEquals("Objectives", list.heading(), "back on the page first asked for");
        List<String> firstPage = list.codes();
        assertEquals(20, firstPage.size(), "20 rows a page");
        assertEquals(firstPage.stream().sorted().toList(), firstPage, "sorted by code");
        // Other test classes of the run draft objectives in the same database: at least the demo's 33.
        int found = Integer.parseInt(list.resultCount().replaceAll("[^0-9]", ""));
        assertTrue(found >= 33, list.resultCount());

        // Other test classes add objectives of their own: the checks below look at the demo's rows.
        list.choose("area", "Cyber defence").text("CYB-1").search();
        assertEquals(List.of("PG-CYB-1.1", "PG-CYB-1.2", "SO-CYB-1"), list.codes());

        list.clear().choose("level", "Strategic objective").text("resilience").search();
        List<String> resilience = list.codes();
        assertTrue(resilience.containsAll(List.of("SO-CYB-1", "SO-RES-1")), "titles in both languages searched: "
                + resilience);
        assertTrue(resilience.stream().noneMatch(code -> code.startsWith("PG-")), "strategic only: " + resilience);

        list.clear().choose("status", "Approved").search();
        List<String> approved = list.codes();
        assertTrue(approved.contains("SO-INT-1"), approved.toString());
        assertFalse(approved.contains("SO-CYB-1"), "a draft is not approved: " + approved);

        list.clear().text("<script>alert(1)</script>%_").search();
        assertTrue(list.codes().isEmpty());
        assertTrue(list.resultCount().contains("0"), list.resultCount());

        list.clear().sortBy("code").sortBy("code");
        List<String> descending = list.codes();
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending,
                "second click sorts descending");
        assertTrue(descending.get(0).compareTo("SO-SSR-1") >= 0, descending.get(0));

        ObjectivePage detail = list.clear().text("SO-CYB-1").search().openObjective("SO-CYB-1");
        assertEquals("SO-CYB-1", detail.code());
        assertEquals(List.of("PG-CYB-1.1", "PG-CYB-1.2"), detail.goalCodes());
        assertTrue(detail.tablesText().contains("Certified incident responders"), "indicators shown");
        assertTrue(detail.tablesText().contains("2026"), "milestones shown by year");
        assertTrue(detail.bodyText().contains("Strengthened national cyber defence"));

        detail.switchLanguage("ro");
        assertEquals("ro", detail.htmlLang());
        assertTrue(detail.bodyText().contains("Apărare cibernetică națională consolidată"));
        assertTrue(detail.bodyText().contains("Obiective"), "navigation in Romanian");
    }

    @Test
    void unknownAndForbiddenPagesAreClearAndTranslated() {
        LoginPage.open(driver, base).signIn("negotiator", DemoData.PASSWORD);

        driver.get(base + "no-such-page.xhtml");
        ErrorPage notFound = new ErrorPage(driver, base);
        assertEquals("Not found", notFound.heading());
        assertNoStackTrace(notFound);

        driver.get(base + "admin/accounts.xhtml");
        ErrorPage forbidden = new ErrorPage(driver, base);
        assertEquals("Access denied", forbidden.heading());
        assertNoStackTrace(forbidden);

        driver.get(base + "objectives/detail.xhtml?id=not-a-number");
        assertEquals("Not found", new ErrorPage(driver, base).heading());
        driver.get(base + "objectives/detail.xhtml?id=99999999");
        assertEquals("Not found", new ErrorPage(driver, base).heading());

        driver.get(base + "index.xhtml");
        new HomePage(driver, base).switchLanguage("ro");
        driver.get(base + "admin/accounts.xhtml");
        assertEquals("Acces interzis", new ErrorPage(driver, base).heading());
    }

    @Test
    void consulteeSeesOnlyItsInstitutionsObjectives() {
        LoginPage.open(driver, base).signIn("negotiator", DemoData.PASSWORD);
        ObjectivesListPage all = ObjectivesListPage.open(driver, base);
        all.text("SO-DIS-1").search();
        String otherInstitutionsId = all.openObjective("SO-DIS-1").idInUrl();
        driver.manage().deleteAllCookies();

        LoginPage.open(driver, base).signIn("consultee", DemoData.PASSWORD);
        ObjectivesListPage mine = ObjectivesListPage.open(driver, base);
        List<String> codes = mine.text("CYB-1").search().codes();
        assertTrue(codes.contains("SO-CYB-1"), "Defence contributes to cyber defence: " + codes);
        assertTrue(mine.clear().text("SO-DIS-1").search().codes().isEmpty(),
                "Defence is not in the disinformation objective");

        ObjectivePage.open(driver, base, otherInstitutionsId);
        assertEquals("Not found", new ErrorPage(driver, base).heading(),
                "an objective of other institutions is refused by id as if it did not exist");
    }

    @Test
    void firstAdministratorManagesAccountsButReadsNoContent() {
        // Created at the first start from ITPP_ADMIN_USERNAME / ITPP_ADMIN_PASSWORD (ear/pom.xml).
        LoginPage.open(driver, base).signIn("it.admin", "first-admin-password-1");
        driver.get(base + "admin/accounts.xhtml");
        AccountsPage accounts = new AccountsPage(driver, base);
        assertTrue(accounts.usernames().containsAll(List.of("it.admin", "negotiator", "consultee")),
                accounts.usernames().toString());

        driver.get(base + "objectives/list.xhtml");
        assertEquals("Access denied", new ErrorPage(driver, base).heading());
    }

    /**
     * Bytes that are not UTF-8 (and a NUL) in a query string, in the login form and in an ajax
     * search, sent over plain HTTP as no browser would: answered with the usual pages, never 500.
     */
    @Test
    void invalidUtf8InRequestsIsAnsweredWithoutAnError() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String hostile = "%FF%FE%C3%28%00%ED%A0%80";

        HttpResponse<String> login = post(client, "login.xhtml", "login=login&login:username=" + hostile
                + "&login:password=" + hostile + "&login:submit=&" + formTokens(client, "login.xhtml"));
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Invalid user name or password."), "refused as any wrong password");

        HttpResponse<String> signIn = post(client, "login.xhtml", "login=login&login:username=negotiator"
                + "&login:password=" + URLEncoder.encode(DemoData.PASSWORD, UTF_8) + "&login:submit=&"
                + formTokens(client, "login.xhtml"));
        assertTrue(signIn.statusCode() == 302 || signIn.statusCode() == 303, "signed in: " + signIn.statusCode());

        HttpResponse<String> detail = client.send(HttpRequest.newBuilder(
                URI.create(base + "objectives/detail.xhtml?id=" + hostile)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, detail.statusCode(), "an id that is not a number is not found");

        HttpResponse<String> search = client.send(HttpRequest.newBuilder(URI.create(base + "objectives/list.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=list:search&jakarta.faces.partial.execute=list"
                        + "&jakarta.faces.partial.render=list:objectives&list=list&list:search=list:search"
                        + "&list:text=" + hostile + "&" + formTokens(client, "objectives/list.xhtml")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("<partial-response"), search.body());
        for (HttpResponse<String> answer : List.of(login, detail, search)) {
            // (The page's script names ViewExpiredException as a setting: look for traces, not the word.)
            assertFalse(answer.body().contains(".java:") || answer.body().contains("\tat "), answer.body());
        }
    }

    /**
     * The page's view state and PrimeFaces' CSP nonce, as form fields: a browser's script adds
     * the nonce to every post, and a post without it is refused.
     */
    private String formTokens(HttpClient client, String path) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), path + " is a Faces form");
        String fields = "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), UTF_8);
        Matcher nonce = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(page);
        return nonce.find() ? fields + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), UTF_8) : fields;
    }

    private HttpResponse<String> post(HttpClient client, String path, String encodedForm) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: browsers send the Secure session
     * cookie to a loopback address over plain http, Java's CookieManager does not.
     */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return super.get("http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost())
                    ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }
    }

    private static void assertNoStackTrace(Page page) {
        String text = page.bodyText();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains(".java:"), text);
    }
}
