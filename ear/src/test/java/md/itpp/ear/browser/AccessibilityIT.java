package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import md.itpp.ear.Deployments;
import md.itpp.quickstart.DemoData;

/**
 * WCAG 2.1 AA in Chromium: every page each demo account reaches, in English and Romanian,
 * checked by axe-core (through {@link Browser}, see ear/target/axe/report.txt); screenshots of
 * the tree view, the dashboard and an objective in Romanian under target/screenshots; and the
 * keyboard-only path through drafting, a consultation comment and a sign-off, with the focus
 * visible at every stop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    @ArquillianResource
    private URL deployed;

    private WebDriver driver;
    private String base;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void startBrowser() {
        driver = Browser.start("en");
        base = System.getProperty("it.base.url", deployed.toString());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    // ---- every page, every role ----------------------------------------------------------

    @Test
    void everyPageEveryRoleReachesHasNoWcagViolation() throws IOException {
        visit("login.xhtml");
        LoginPage login = new LoginPage(driver, base);
        check(() -> login.signIn("negotiator", "not-the-password"));
        visit("no-such-page.xhtml");

        signInAs("negotiator");
        String cyber = idOf("SO-CYB-1");
        String education = idOf("PG-EDU-1.1");
        String integrity = idOf("SO-BI-1");
        String science = idOf("SO-SCI-1");
        String round = demoRoundId();
        for (String page : List.of("index.xhtml", "objectives/tree.xhtml",
                "objectives/detail.xhtml?id=" + cyber, "objectives/detail.xhtml?id=" + education,
                "objectives/history.xhtml?id=" + cyber, "objectives/compare.xhtml?id=" + cyber + "&from=1&to=1",
                "objectives/edit.xhtml?id=" + cyber, "objectives/edit.xhtml?parent=" + cyber,
                "consultation/round.xhtml?id=" + round, "consultation/configure.xhtml",
                "notifications.xhtml", "tasks/inbox.xhtml", "account/password.xhtml")) {
            visit(page);
        }
        screenshot("tree-en", "objectives/tree.xhtml");
        screenshot("dashboard-en", "objectives/dashboard.xhtml");
        visit("objectives/detail.xhtml?id=" + cyber);
        check(() -> new ObjectivePage(driver, base).switchLanguage("ro"));
        screenshot("objective-ro", "objectives/detail.xhtml?id=" + cyber);
        screenshot("tree-ro", "objectives/tree.xhtml");
        screenshot("dashboard-ro", "objectives/dashboard.xhtml");
        // PrimeFaces' own ARIA texts in Romanian (its client-side locale): the paginator's.
        visit("objectives/history.xhtml?id=" + cyber);
        String firstPage = driver.findElements(By.cssSelector(".ui-paginator-first")).stream()
                .map(e -> e.getAttribute("aria-label")).findFirst().orElse("");
        assertEquals("Prima pagină", firstPage, "PrimeFaces speaks Romanian on Romanian pages");
        for (String page : List.of("objectives/edit.xhtml?id=" + cyber, "consultation/round.xhtml?id=" + round)) {
            visit(page);
        }

        signInAs("focal.mai");
        for (String page : List.of("objectives/list.xhtml", "consultation/round.xhtml?id=" + round,
                "objectives/detail.xhtml?id=" + integrity)) {
            visit(page);
        }
        // The Ministry of Internal Affairs contributes to SO-BI-1: its goals' links lead to their pages.
        List<String> goalLinks = driver.findElements(By.cssSelector("a.goal-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(!goalLinks.isEmpty(), "SO-BI-1 shows its goals");
        for (String goal : goalLinks) {
            visit(goal.replaceFirst("^https?://[^/]+/", ""));
            assertTrue(!"Not found".equals(new ObjectivePage(driver, base).heading()), "a goal link is followed: " + goal);
        }

        signInAs("reviewer");
        visit("objectives/detail.xhtml?id=" + science);
        visit("tasks/inbox.xhtml");
        signInAs("approver");
        visit("tasks/inbox.xhtml");
        signInAs("auditor");
        visit("audit/events.xhtml");
        visit("consultation/round.xhtml?id=" + round);

        signInAs("admin");
        for (String page : List.of("admin/reference.xhtml", "admin/chain.xhtml", "admin/accounts.xhtml")) {
            visit(page);
        }
        String accountHref = driver.findElements(By.cssSelector("a[href*='account.xhtml?id=']")).stream()
                .map(a -> a.getAttribute("href")).findFirst().orElseThrow();
        visit(accountHref.replaceFirst("^https?://[^/]+/", ""));

        assertTrue(violations.isEmpty(), violations.size() + " page(s) with WCAG 2.1 A/AA violations:\n"
                + String.join("\n\n", violations));
    }

    // ---- keyboard only -------------------------------------------------------------------

    @Test
    void draftingACommentAndASignOffWorkFromTheKeyboardAlone() {
        // Drafting: a negotiator signs in and writes a new strategic objective without a mouse.
        keyboardSignIn("negotiator");
        driver.get(base + "objectives/edit.xhtml");
        String code = "SO-KBD-" + RUN;
        tabTo("edit:code").sendKeys(code);
        tabTo("edit:area").sendKeys("Science");
        tabTo("edit:titleEn").sendKeys("Keyboard-drafted objective");
        tabTo("edit:textEn").sendKeys("Written with the keyboard alone.");
        tabTo("edit:titleRo").sendKeys("Obiectiv redactat de la tastatură");
        tabTo("edit:textRo").sendKeys("Scris doar cu tastatura.");
        tabTo("edit:lead").sendKeys("Ministry of Def");
        pressEnterOn("edit:save");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("detail.xhtml"));
        ObjectivePage drafted = new ObjectivePage(driver, base);
        assertEquals(code, drafted.code(), drafted.bodyText());
        drafted.checkAccessibility();

        // A consultation comment: an expert of the Ministry of Defence on the demo round.
        driver.manage().deleteAllCookies();
        keyboardSignIn("expert.ma");
        driver.get(base + "consultation/round.xhtml?id=" + demoRoundIdAsConsultee());
        String comment = "Keyboard comment " + RUN;
        tabTo("comment-form:field").sendKeys("Title (E");
        tabTo("comment-form:type").sendKeys("Editorial");
        tabTo("comment-form:text").sendKeys(comment);
        pressEnterOn("comment-form:save-comment");
        RoundPage round = new RoundPage(driver, base);
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> round.ownComments().contains(comment));
        round.checkAccessibility();

        // A sign-off: the area reviewer signs off the demo's submitted science objective.
        driver.manage().deleteAllCookies();
        keyboardSignIn("reviewer");
        driver.get(base + "objectives/detail.xhtml?id=" + idOfAsReader("SO-SCI-1"));
        WebElement signOff = tabTo("approval-actions:sign-off");
        signOff.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                signOff.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new ObjectivePage(driver, base).checkAccessibility();
        String decisions = driver.findElement(By.id("approval")).getText();
        assertTrue(decisions.contains("Victor Reviewer") || decisions.contains("reviewer"), decisions);
        assertTrue(driver.findElements(By.id("approval-actions:sign-off")).isEmpty(),
                "signed off once: the button is gone");
    }

    // ---- without JavaScript --------------------------------------------------------------

    /**
     * A client without JavaScript posts the sign-in form exactly as the page renders it (no
     * script adds PrimeFaces' nonce): a wrong password is answered with the sign-in page and its
     * message, never an error; /favicon.ico is there for every browser's first request.
     */
    @Test
    void signingInWithoutJavaScriptAnswersWithTheSignInPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = page.substring(page.indexOf("<form id=\"login\""), page.indexOf("</form>", page.indexOf("<form id=\"login\"")));
        StringBuilder fields = new StringBuilder("login:username=negotiator&login:password=wrong-password-1&login:submit=");
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                fields.append('&').append(URLEncoder.encode(name.group(1), UTF_8)).append('=')
                        .append(value.find() ? URLEncoder.encode(value.group(1).replace("&#x3d;", "=").replace("&#61;", "="), UTF_8) : "");
            }
        }
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Invalid user name or password."), answer.body());

        HttpResponse<byte[]> icon = client.send(HttpRequest.newBuilder(URI.create(base + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertTrue(icon.body().length > 100 && icon.body()[2] == 1, "an icon file");
    }

    /** Cookies as a browser keeps them for http://127.0.0.1 (the session cookie is Secure). */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return super.get("http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost())
                    ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private void keyboardSignIn(String username) {
        driver.get(base + "login.xhtml");
        tabTo("login:username").sendKeys(username);
        tabTo("login:password").sendKeys(DemoData.PASSWORD);
        WebElement submit = tabTo("login:submit");
        ((JavascriptExecutor) driver).executeScript("window.itppOldPage = true;");
        submit.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.itppOldPage && document.readyState === 'complete';")));
    }

    /**
     * Presses Tab until the element has the focus (no trap on the way: the loop would never get
     * there) and checks that the focus can be seen: an outline or the theme's focus shadow.
     */
    private WebElement tabTo(String id) {
        for (int i = 0; i < 250; i++) {
            // An ajax update (the lead's choice re-renders the contributors) may replace the
            // focused element: finish it first, and read the focused id in one script call.
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object focused = ((JavascriptExecutor) driver).executeScript(
                    "return document.activeElement ? document.activeElement.id : null;");
            if (id.equals(focused)) {
                WebElement active = driver.switchTo().activeElement();
                Object visible = ((JavascriptExecutor) driver).executeScript(
                        "const s = getComputedStyle(arguments[0]);"
                                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                                + " || (s.boxShadow && s.boxShadow !== 'none');", active);
                assertEquals(Boolean.TRUE, visible, "the focus on " + id + " is visible");
                return active;
            }
        }
        return fail("Tab never reached " + id + " on " + driver.getCurrentUrl());
    }

    private void pressEnterOn(String id) {
        tabTo(id).sendKeys(Keys.ENTER);
    }

    private void signInAs(String username) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        new LoginPage(driver, base).signIn(username, DemoData.PASSWORD);
    }

    /** Opens the page; a WCAG violation is collected, so one run lists every page's. */
    private void visit(String path) {
        check(() -> driver.get(base + path));
    }

    private void check(Runnable action) {
        try {
            action.run();
        } catch (AssertionError e) {
            violations.add(e.getMessage());
        }
    }

    private String idOf(String code) {
        driver.get(base + "objectives/list.xhtml");
        ObjectivesListPage list = new ObjectivesListPage(driver, base);
        list.text(code).search();
        String href = driver.findElement(By.linkText(code)).getAttribute("href");
        Matcher m = ID.matcher(href);
        assertTrue(m.find(), href);
        return m.group(1);
    }

    private String idOfAsReader(String code) {
        return idOf(code);
    }

    private String demoRoundId() {
        driver.get(base + "consultation/rounds.xhtml");
        String href = driver.findElement(By.partialLinkText("Education and training goals")).getAttribute("href");
        Matcher m = ID.matcher(href);
        assertTrue(m.find(), href);
        return m.group(1);
    }

    private String demoRoundIdAsConsultee() {
        return demoRoundId();
    }

    /** A full-height PNG of the page under target/screenshots. */
    private void screenshot(String name, String path) throws IOException {
        visit(path);
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1366, Math.min(6000, Math.max(900, height.intValue() + 40))));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(before);
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);
    }
}
