package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import md.itpp.ear.Deployments;
import md.itpp.quickstart.DemoData;
import md.itpp.testkit.FacesHttp;

/**
 * Each role's journey through the release EAR on Payara Server, in headless Chromium: sign in,
 * the objectives list (filters, search, sort, paging in the database), an objective's detail,
 * the language switch, and the translated pages for a wrong password, an unknown page and a
 * forbidden page.
 */
@BrowserJourney
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    @Test
    void wrongPasswordIsRefusedWithATranslatedMessage() {
        LoginPage login = LoginPage.open(chromium.driver(), chromium.base());
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
        chromium.driver().get(chromium.base() + "objectives/list.xhtml");
        LoginPage login = new LoginPage(chromium.driver(), chromium.base());
        assertTrue(login.isShown(), "a protected page asks for sign-in first");
        login.signIn("negotiator", DemoData.PASSWORD);

        ObjectivesListPage list = new ObjectivesListPage(chromium.driver(), chromium.base());
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
        assertEquals("Cyber defence", list.chosen("area"), "the form shows the filters of the list it shows");
        assertEquals("All", list.chosen("status"));
        list.switchLanguage("ro");
        assertEquals(List.of("PG-CYB-1.1", "PG-CYB-1.2", "SO-CYB-1"), list.codes(), "the same list in Romanian");
        assertEquals("Apărare cibernetică", list.chosen("area"));
        list.switchLanguage("en");

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

        assertEquals("ascending", list.clear().sortOf("code"), "by code at first");
        list.sortBy("code");
        List<String> descending = list.codes();
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending,
                "a click on the sorted column sorts it the other way");
        assertTrue(descending.get(0).compareTo("SO-SSR-1") >= 0, descending.get(0));
        assertEquals("descending", list.sortOf("code"));
        assertTrue(chromium.driver().getCurrentUrl().contains("sort=code&dir=desc"),
                "the order is in the address: " + chromium.driver().getCurrentUrl());

        // The next page keeps the order; so does a search, which starts again at page 1.
        list.page("next");
        assertTrue(list.pageOf().startsWith("Page 2 of "), list.pageOf());
        List<String> secondPage = list.codes();
        assertTrue(secondPage.get(0).compareTo(descending.get(descending.size() - 1)) < 0,
                "page 2 follows page 1 in the same order: " + secondPage);
        list.choose("level", "Strategic objective").search();
        assertEquals("descending", list.sortOf("code"));
        List<String> strategic = list.codes();
        assertEquals(strategic.stream().sorted(Comparator.reverseOrder()).toList(), strategic);

        // A hand-edited address: what is not understood is left out with a message, never an error.
        chromium.driver().get(chromium.base() + "objectives/list.xhtml?area=abc&status=NOPE&sort=colour&page=-3");
        assertTrue(list.bodyText().contains("was not understood and has been left out"), list.bodyText());
        assertEquals(20, list.codes().size(), "the unfiltered list, first page");

        ObjectivePage detail = list.clear().text("SO-CYB-1").search().openObjective("SO-CYB-1");
        assertEquals("SO-CYB-1", detail.code());
        assertEquals(List.of("PG-CYB-1.1", "PG-CYB-1.2"), detail.goalCodes());
        assertTrue(detail.tablesText().contains("Certified incident responders"), "indicators shown");
        assertTrue(detail.tablesText().contains("2026"), "milestones shown by year");
        assertTrue(detail.bodyText().contains("Strengthened national cyber defence"));

        // A goal's page names its strategic objective with a link, the reader being allowed there.
        ObjectivePage goal = detail.openGoal("PG-CYB-1.1");
        assertEquals("PG-CYB-1.1", goal.code());
        assertTrue(goal.parentLinkText().startsWith("SO-CYB-1 "), goal.parentLinkText());
        detail = goal.openParent();
        assertEquals("SO-CYB-1", detail.code());

        detail.switchLanguage("ro");
        assertEquals("ro", detail.htmlLang());
        assertTrue(detail.bodyText().contains("Apărare cibernetică națională consolidată"));
        assertTrue(detail.bodyText().contains("Obiective"), "navigation in Romanian");

        // The tree, in Romanian and in English: each strategic objective, its goals under it, the progress.
        TreePage tree = TreePage.open(chromium.driver(), chromium.base());
        List<List<String>> rows = TreePage.cells(tree.firstStrategicWithGoals());
        assertEquals("Obiectiv strategic", rows.get(0).get(2), rows.toString());
        int goals = rows.size() - 1;
        assertTrue(rows.get(0).get(4).matches("\\d+ din " + goals + " obiective de parteneriat aprobate"), rows.toString());
        assertEquals("Obiectiv de parteneriat", rows.get(1).get(2), rows.toString());
        tree.switchLanguage("en");
        WebElement group = tree.firstStrategicWithGoals();
        rows = TreePage.cells(group);
        assertEquals("Strategic objective", rows.get(0).get(2), rows.toString());
        assertTrue(rows.get(0).get(4).matches("\\d+ of " + goals + " goals approved"), rows.toString());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(2).equals("Partnership goal") && r.get(4).isEmpty()), rows.toString());
        List<String> links = TreePage.links(group);
        assertEquals(rows.size(), links.size());
        assertTrue(links.stream().allMatch(href -> href.matches(".*/objectives/detail\\.xhtml\\?id=\\d+")), links.toString());
        chromium.driver().get(links.get(0));
        assertEquals(rows.get(0).get(0), new ObjectivePage(chromium.driver(), chromium.base()).code(),
                "the code links to its objective's page");
    }

    @Test
    void unknownAndForbiddenPagesAreClearAndTranslated() {
        chromium.signIn("negotiator");

        chromium.driver().get(chromium.base() + "no-such-page.xhtml");
        ErrorPage notFound = new ErrorPage(chromium.driver(), chromium.base());
        assertEquals("Not found", notFound.heading());
        assertNoStackTrace(notFound);

        chromium.driver().get(chromium.base() + "admin/accounts.xhtml");
        ErrorPage forbidden = new ErrorPage(chromium.driver(), chromium.base());
        assertEquals("Access denied", forbidden.heading());
        assertNoStackTrace(forbidden);

        chromium.driver().get(chromium.base() + "objectives/detail.xhtml?id=not-a-number");
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading());
        chromium.driver().get(chromium.base() + "objectives/detail.xhtml?id=99999999");
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading());

        chromium.driver().get(chromium.base() + "index.xhtml");
        HomePage home = new HomePage(chromium.driver(), chromium.base());
        home.switchLanguage("ro");
        // The switch is a postback of the same page: its figures must be there as on a fresh load.
        String period = chromium.driver().findElement(org.openqa.selenium.By.id("programme-title")).getText();
        assertTrue(period.startsWith("Programul de Parteneriat"), "programme shown after the switch: " + period);
        assertFalse(home.bodyText().contains("null"), home.bodyText());
        chromium.driver().get(chromium.base() + "admin/accounts.xhtml");
        assertEquals("Acces interzis", new ErrorPage(chromium.driver(), chromium.base()).heading());
    }

    @Test
    void consulteeSeesOnlyItsInstitutionsObjectives() {
        chromium.signIn("negotiator");
        ObjectivesListPage all = ObjectivesListPage.open(chromium.driver(), chromium.base());
        all.text("SO-DIS-1").search();
        String otherInstitutionsId = all.openObjective("SO-DIS-1").idInUrl();
        chromium.driver().manage().deleteAllCookies();

        chromium.signIn("consultee");
        ObjectivesListPage mine = ObjectivesListPage.open(chromium.driver(), chromium.base());
        List<String> codes = mine.text("CYB-1").search().codes();
        assertTrue(codes.contains("SO-CYB-1"), "Defence contributes to cyber defence: " + codes);
        assertTrue(mine.clear().text("SO-DIS-1").search().codes().isEmpty(),
                "Defence is not in the disinformation objective");

        ObjectivePage.open(chromium.driver(), chromium.base(), otherInstitutionsId);
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading(),
                "an objective of other institutions is refused by id as if it did not exist");
    }

    @Test
    void firstAdministratorManagesAccountsButReadsNoContent() {
        // Created at the first start from ITPP_ADMIN_USERNAME / ITPP_ADMIN_PASSWORD (ear/pom.xml).
        LoginPage.open(chromium.driver(), chromium.base()).signIn("it.admin", "first-admin-password-1");
        chromium.driver().get(chromium.base() + "admin/accounts.xhtml");
        AccountsPage accounts = new AccountsPage(chromium.driver(), chromium.base());
        assertTrue(accounts.usernames().containsAll(List.of("it.admin", "negotiator", "consultee")),
                accounts.usernames().toString());
        int all = accounts.usernames().size();
        assertEquals("Accounts found: " + all + ".", accounts.resultCount());

        // Found by part of the name, in any case, then narrowed by role; the address keeps the search.
        List<String> consultees = accounts.text("CONSULTEE").search().usernames();
        assertTrue(consultees.containsAll(List.of("consultee", "consultee.mai")), consultees.toString());
        assertTrue(chromium.driver().getCurrentUrl().contains("q=CONSULTEE"), chromium.driver().getCurrentUrl());
        assertEquals(List.of(), accounts.text("").choose("role", "Auditor").choose("status", "Deactivated").search().usernames()
                .stream().filter(u -> u.equals("auditor")).toList(), "the demo auditor is active");
        // An account opened from a search leads back to that search, not to the whole list.
        accounts.clear().text("consultee").search();
        AccountPage consulteeAccount = accounts.openAccount("consultee.mai");
        assertEquals("consultee.mai", consulteeAccount.username());
        accounts = consulteeAccount.back();
        assertTrue(chromium.driver().getCurrentUrl().contains("q=consultee"), chromium.driver().getCurrentUrl());
        assertTrue(accounts.usernames().stream().allMatch(u -> u.contains("consultee")), accounts.usernames().toString());
        // A back link given something else than the list's query leads to the whole list.
        chromium.driver().get(chromium.base() + "admin/account.xhtml?id=" + consulteeAccount.idInUrl()
                + "&back=" + java.net.URLEncoder.encode("q=x\"><script>", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(chromium.base() + "admin/accounts.xhtml", new AccountPage(chromium.driver(), chromium.base()).backHref());
        chromium.driver().get(chromium.base() + "admin/accounts.xhtml");
        accounts = new AccountsPage(chromium.driver(), chromium.base());
        assertTrue(accounts.text("no such account").search().usernames().isEmpty());
        assertTrue(accounts.bodyText().contains("No account matches the search."), accounts.bodyText());
        assertTrue(accounts.clear().usernames().size() == all, "cleared: every account again");

        // An address that is not understood shows the whole list with a message, not an error.
        chromium.driver().get(chromium.base() + "admin/accounts.xhtml?role=NOT-A-ROLE&page=x&status=maybe");
        accounts = new AccountsPage(chromium.driver(), chromium.base());
        assertEquals(all, accounts.usernames().size());
        assertTrue(accounts.bodyText().contains("was not understood"), accounts.bodyText());

        chromium.driver().get(chromium.base() + "objectives/list.xhtml");
        assertEquals("Access denied", new ErrorPage(chromium.driver(), chromium.base()).heading());
    }

    /**
     * Bytes that are not UTF-8 (and a NUL) in a query string, in the login form and in the
     * list's search, sent over plain HTTP as no browser would: answered with the usual pages, never 500.
     */
    @Test
    void invalidUtf8InRequestsIsAnsweredWithoutAnError() {
        FacesHttp http = new FacesHttp(chromium.base());
        String hostile = "%FF%FE%C3%28%00%ED%A0%80";

        HttpResponse<String> login = http.postEncoded("login.xhtml", "login=login&login:username=" + hostile
                + "&login:password=" + hostile + "&login:submit=&" + formTokens(http, "login.xhtml", "login"));
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Invalid user name or password."), "refused as any wrong password");

        assertTrue(FacesHttp.signedIn(http.login("negotiator", DemoData.PASSWORD)), "signed in");

        HttpResponse<String> detail = http.get("objectives/detail.xhtml?id=" + hostile);
        assertEquals(404, detail.statusCode(), "an id that is not a number is not found");

        HttpResponse<String> search = http.get("objectives/list.xhtml?q=" + hostile + "&area=" + hostile
                + "&sort=" + hostile + "&page=" + hostile);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("id=\"objectives\""), search.body());
        for (HttpResponse<String> answer : List.of(login, detail, search)) {
            // (The page's script names ViewExpiredException as a setting: look for traces, not the word.)
            assertFalse(answer.body().contains(".java:") || answer.body().contains("\tat "), answer.body());
        }
    }

    /** The form's view state and PrimeFaces' CSP nonce, encoded, for a body written by hand. */
    private static String formTokens(FacesHttp http, String path, String formId) {
        return FacesHttp.encodedHiddenFields(http.get(path).body(), formId);
    }

    private static void assertNoStackTrace(Page page) {
        String text = page.bodyText();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains(".java:"), text);
    }
}
