package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

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

        list.choose("area", "Cyber defence").search();
        assertEquals(List.of("PG-CYB-1.1", "PG-CYB-1.2", "SO-CYB-1"), list.codes());

        list.clear().choose("level", "Strategic objective").text("resilience").search();
        assertEquals(List.of("SO-CYB-1", "SO-RES-1"), list.codes(), "titles in both languages searched");

        list.clear().choose("status", "Approved").search();
        // Other test classes of the run approve objectives of their own (review and approval).
        assertTrue(list.codes().contains("SO-INT-1"), list.codes().toString());
        assertFalse(list.codes().contains("SO-CYB-1"), "a draft is not approved");

        list.clear().text("<script>alert(1)</script>%_").search();
        assertTrue(list.codes().isEmpty());
        assertTrue(list.resultCount().contains("0"), list.resultCount());

        list.clear().sortBy("code").sortBy("code");
        List<String> descending = list.codes();
        assertEquals("SO-SSR-1", descending.get(0), "second click sorts descending");

        ObjectivePage detail = list.clear().openObjective("SO-CYB-1");
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
        List<String> codes = mine.codes();
        assertTrue(codes.contains("SO-CYB-1"), "Defence contributes to cyber defence: " + codes);
        assertFalse(codes.contains("SO-DIS-1"), "Defence is not in the disinformation objective");

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

    private static void assertNoStackTrace(Page page) {
        String text = page.bodyText();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains(".java:"), text);
    }
}
