package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import md.itpp.ear.Deployments;

/**
 * Every page each demo account can reach, checked: for every role (a negotiator, consultees
 * among them focal points and an expert, reviewers, the approver, the administrator, the
 * auditor) the browser signs in and follows every same-origin link to a view from the home page
 * on, breadth first. Each page must pass axe-core's WCAG 2.1 A/AA rules (see {@link Axe}),
 * must not be an error page ("Not found" included: a link its reader cannot follow is a fault)
 * and must log no error in the browser's console. Only GET links to views are followed, so
 * nothing changes state: forms (sign-out, language, every action) are never posted, and
 * downloads and the API are left out. The crawl is bounded: a view with the same parameter names
 * is visited at most {@value #SAME_KIND} times (an objective and a goal; a round planned and
 * open), and at most {@value #PAGES_PER_ROLE} pages per role. The pages checked per role are
 * printed and written to {@code target/axe/every-page.txt}.
 * <p>
 * On each account's home page, in English and in Romanian, the header must keep to one row at
 * the browser's 1366 px: the name, every menu item, the language buttons and the user's name side
 * by side (screenshots under {@code target/screenshots/header-*.png}).
 */
@BrowserJourney
class EveryPageAxeIT {

    private static final int PAGES_PER_ROLE = 60;
    private static final int SAME_KIND = 2;
    /** One account per role, and the consultees' kinds: a plain one, a focal point, an expert. */
    private static final List<String> ACCOUNTS = List.of("negotiator", "consultee", "focal.mai", "expert.ma",
            "reviewer", "approver", "admin", "auditor");
    /** Where a p:button goes: PrimeFaces registers a click handler that opens the outcome's URL. */
    private static final Pattern BUTTON_TARGET = Pattern.compile("window\\.open\\('((?:[^'\\\\]|\\\\.)*)'");
    /** Views no crawl may open: signing in again, error pages, anything outside the Faces views. */
    private static final List<String> LEFT_OUT = List.of("login.xhtml", "errors/", "api/", "jakarta.faces.resource",
            "javax.faces.resource");
    private static final Path REPORT = Path.of("target", "axe", "every-page.txt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    @Test
    void everyPageEveryAccountReachesHasNoViolationNoErrorAndNoScriptError() throws IOException {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        consoleIsRead();
        for (String account : ACCOUNTS) {
            chromium.signIn(account);
            checked.put(account, crawl(account, failures));
            headers.addAll(headerRows(account, failures));
        }
        StringBuilder report = new StringBuilder("Pages checked per account (axe-core WCAG 2.1 A/AA, error page,"
                + " console errors)\n");
        checked.forEach((account, pages) -> report.append(account).append(": ").append(pages.size()).append('\n'));
        report.append("total: ").append(checked.values().stream().mapToInt(List::size).sum()).append("\n\n");
        checked.forEach((account, pages) -> {
            report.append("== ").append(account).append('\n');
            pages.forEach(page -> report.append("  ").append(page).append('\n'));
        });
        report.append("\nHeader at 1366 px (account, language, menu items, height, rows)\n");
        headers.forEach(line -> report.append("  ").append(line).append('\n'));
        report.append("\nFailures: ").append(failures.size()).append('\n');
        failures.forEach(failure -> report.append(failure).append("\n\n"));
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, report, UTF_8);
        System.out.println(report.substring(0, report.indexOf("\n\n")));

        assertTrue(failures.isEmpty(), failures.size() + " page(s) failed (see " + REPORT + "):\n"
                + String.join("\n\n", failures));
        checked.forEach((account, pages) -> assertTrue(pages.size() >= 5,
                account + " reached only " + pages + ": the crawl did not get past the home page"));
    }

    /** Breadth first from the home page; returns the pages checked, in order. */
    private List<String> crawl(String account, List<String> failures) {
        WebDriver driver = chromium.driver();
        String base = chromium.base();
        drainConsole(driver);
        Deque<String> queue = new ArrayDeque<>(List.of("index.xhtml"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> kinds = new HashMap<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < PAGES_PER_ROLE) {
            String page = queue.poll();
            pages.add(page);
            String where = account + " " + page;
            try {
                driver.get(base + page);
            } catch (AssertionError axe) {
                failures.add(where + ": " + axe.getMessage());
            }
            if (!driver.findElements(By.cssSelector(".error-text")).isEmpty()
                    || !driver.findElements(By.id("login:password")).isEmpty()) {
                failures.add(where + ": answers with the page \"" + driver.getTitle() + "\"");
                drainConsole(driver);
                continue;
            }
            List<String> errors = drainConsole(driver);
            if (!errors.isEmpty()) {
                failures.add(where + ": console errors\n  " + String.join("\n  ", errors));
            }
            for (String link : links(driver, base, page)) {
                if (seen.add(link) && kinds.merge(kind(link), 1, Integer::sum) <= SAME_KIND) {
                    queue.add(link);
                }
            }
        }
        return pages;
    }

    /**
     * Measures the header on the home page in both languages: every child of the header and
     * every top-level menu item must share one row (their boxes overlap vertically).
     */
    @SuppressWarnings("unchecked")
    private List<String> headerRows(String account, List<String> failures) throws IOException {
        WebDriver driver = chromium.driver();
        List<String> lines = new ArrayList<>();
        driver.get(chromium.base() + "index.xhtml");
        for (String language : List.of("en", "ro")) {
            if (!language.equals(new HomePage(driver, chromium.base()).htmlLang())) {
                new HomePage(driver, chromium.base()).switchLanguage(language);
            }
            Map<String, Object> header = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    const header = document.querySelector('.app-header');
                    const boxes = Array.from(header.children)
                        .filter(e => getComputedStyle(e).position !== 'absolute' && e.getClientRects().length)
                        .concat(Array.from(header.querySelectorAll('.app-menu > li')))
                        .map(e => e.getBoundingClientRect());
                    const rows = [];
                    for (const box of boxes) {
                        if (!rows.some(row => box.top < row.bottom && box.bottom > row.top)) {
                            rows.push({top: box.top, bottom: box.bottom});
                        }
                    }
                    return {height: header.getBoundingClientRect().height, rows: rows.length,
                            items: header.querySelectorAll('.app-menu > li').length,
                            width: document.documentElement.clientWidth};""");
            String line = account + " " + language + ": " + header.get("items") + " menu items, "
                    + Math.round(((Number) header.get("height")).doubleValue()) + " px high, " + header.get("rows")
                    + " row(s) at " + header.get("width") + " px";
            lines.add(line);
            if (((Number) header.get("rows")).intValue() != 1) {
                failures.add("header: " + line);
            }
            Path shot = Path.of("target", "screenshots", "header-" + account + "-" + language + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        new HomePage(driver, chromium.base()).switchLanguage("en");
        drainConsole(driver);
        return lines;
    }

    /**
     * Same-origin links to views under the application, relative to it, without fragments: the
     * anchors' and the GET buttons' (p:button) targets.
     */
    @SuppressWarnings("unchecked")
    private static List<String> links(WebDriver driver, String base, String page) {
        List<String> hrefs = new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);"));
        Matcher button = BUTTON_TARGET.matcher(driver.getPageSource());
        while (button.find()) {
            String target = button.group(1).replace("\\/", "/").replace("&amp;", "&");
            hrefs.add(URI.create(base + page).resolve(target).toString());
        }
        List<String> links = new ArrayList<>();
        for (String href : hrefs) {
            String link = href.replaceFirst("#.*$", "");
            if (!link.startsWith(base)) {
                continue;
            }
            String relative = link.substring(base.length());
            String path = relative.replaceFirst("\\?.*$", "");
            if (path.endsWith(".xhtml") && LEFT_OUT.stream().noneMatch(relative::startsWith)
                    && LEFT_OUT.stream().noneMatch(path::contains)) {
                links.add(relative);
            }
        }
        return links;
    }

    /** The view and the names of its parameters, e.g. {@code objectives/compare.xhtml?from&id&to}. */
    private static String kind(String link) {
        URI uri = URI.create(link);
        String query = uri.getRawQuery();
        String names = query == null ? "" : Arrays.stream(query.split("&")).map(p -> p.replaceFirst("=.*$", ""))
                .sorted().distinct().collect(Collectors.joining("&"));
        return uri.getRawPath() + "?" + names;
    }

    /** The console check can fail: an error logged by a script is read back. */
    private void consoleIsRead() {
        WebDriver driver = chromium.driver();
        driver.get(chromium.base() + "login.xhtml");
        drainConsole(driver);
        ((JavascriptExecutor) driver).executeScript("console.error('itpp console probe');");
        List<String> errors = drainConsole(driver);
        assertTrue(errors.stream().anyMatch(e -> e.contains("itpp console probe")), "console errors are read: " + errors);
    }

    /** The browser's console errors since the last call (a failed resource load is one). */
    private static List<String> drainConsole(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
