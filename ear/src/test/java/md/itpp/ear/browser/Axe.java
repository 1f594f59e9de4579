package md.itpp.ear.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the test classpath, never a CDN) over the page the browser shows and fails
 * on any WCAG 2.1 A or AA violation, whatever its impact. Every check is written to
 * {@code target/axe/report.txt} (page, role signed in, language, violations), so the report names
 * every page the browser tests saw. Set {@code -Daxe.skip=true} to look at a page without it.
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final Path REPORT = Path.of(System.getProperty("axe.report", "target/axe/report.txt"));
    private static final List<String> LINES = new ArrayList<>();
    private static final java.util.Set<String> SEEN = new java.util.HashSet<>();
    private static int pages;
    private static int violations;

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations']
            }).then(result => {
                const lines = [];
                let count = 0;
                for (const v of result.violations) {
                    for (const n of v.nodes) {
                        count++;
                        lines.push('  ' + v.id + ' (' + v.impact + '): ' + v.help + '\\n    at ' + n.target.join(' ')
                            + '\\n    ' + n.html.substring(0, 300).replace(/\\s+/g, ' ')
                            + '\\n    ' + (n.failureSummary || '').replace(/\\s+/g, ' '));
                    }
                }
                const user = document.getElementById('signed-in-as');
                done({count: count, text: lines.join('\\n'), lang: document.documentElement.lang,
                      title: document.title, user: user ? user.textContent.trim() : '(signed out)'});
            }).catch(e => done({count: -1, text: 'axe failed: ' + e, lang: '', title: '', user: ''}));
            """;

    private Axe() {
    }

    /** Checks the page now shown; throws an AssertionError listing every violation. */
    @SuppressWarnings("unchecked")
    public static void check(WebDriver driver) {
        if (Boolean.getBoolean("axe.skip")) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith("http")) {
            return;
        }
        // The same page for the same reader in the same state is checked once per run.
        String key = url + "|" + js.executeScript("const u = document.getElementById('signed-in-as');"
                + "return document.documentElement.lang + '|' + (u ? u.textContent : '') + '|'"
                + " + document.getElementsByTagName('*').length;");
        if (!checked(key)) {
            return;
        }
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN);
        long count = ((Number) result.get("count")).longValue();
        String text = String.valueOf(result.get("text"));
        String where = url.replaceFirst("^https?://[^/]+", "") + " [" + result.get("lang") + "] "
                + result.get("user") + " \"" + result.get("title") + "\"";
        record(where, count, text);
        if (count != 0) {
            throw new AssertionError("axe-core: " + (count < 0 ? "could not run" : count + " WCAG 2.1 A/AA violation(s)")
                    + " on " + where + "\n" + text);
        }
    }

    private static synchronized boolean checked(String key) {
        return SEEN.add(key);
    }

    private static synchronized void record(String where, long count, String text) {
        pages++;
        if (count > 0) {
            violations += (int) count;
        }
        LINES.add((count == 0 ? "ok    " : "FAIL  ") + where + (count == 0 ? "" : "\n" + text));
        StringBuilder report = new StringBuilder()
                .append("axe-core WCAG 2.1 A/AA checks (tags wcag2a, wcag2aa, wcag21a, wcag21aa)\n")
                .append("pages checked: ").append(pages).append(", violations: ").append(violations).append("\n\n");
        LINES.forEach(line -> report.append(line).append('\n'));
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(REPORT, report, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
