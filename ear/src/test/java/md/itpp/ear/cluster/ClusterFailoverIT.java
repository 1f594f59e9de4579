package md.itpp.ear.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import md.itpp.ear.browser.BrowserSession;
import md.itpp.ear.browser.EditorPage;
import md.itpp.ear.browser.HistoryPage;
import md.itpp.ear.browser.LoginPage;
import md.itpp.ear.browser.ObjectivePage;

/**
 * The production cluster's failover as a user lives it (issue: sessions survive a node), run by
 * {@code ops/cluster/check.sh} against the two-instance cluster behind its balancer, never by a
 * plain {@code mvn verify} (it needs {@code -Dcluster.base}):
 * <ol>
 * <li>the first administrator creates a negotiator; the negotiator signs in through the balancer
 * (changing the first password) and creates an objective;</li>
 * <li>the negotiator opens the editor and types; the editor keeps the text as a personal draft;</li>
 * <li>the instance that served the user (HAProxy's sticky cookie says which) is killed with
 * {@code kill -9};</li>
 * <li>the next request lands on the other instance, the user is still signed in (the session was
 * replicated through the Data Grid), and the editor offers the typed text back;</li>
 * <li>restored and saved: the objective has exactly one new revision holding the text.</li>
 * </ol>
 * Properties: {@code cluster.base} (the balancer, https on loopback), {@code cluster.ca} (its
 * certificate, which Chromium is told to trust by its key's hash and nothing else),
 * {@code cluster.admin.user}, {@code cluster.admin.password.file} and {@code cluster.instance.script}
 * ({@code ops/cluster/instance.sh}, to kill the instance). The failover time as the user sees it
 * (kill to the editor shown again) is printed as {@code FAILOVER ...} for the check's report.
 */
@EnabledIfSystemProperty(named = "cluster.base", matches = "https://127\\.0\\.0\\.1:\\d+/")
class ClusterFailoverIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private final String base = ClusterSettings.BASE;

    @Test
    void typedTextSurvivesTheInstanceThatServedIt() {
        String negotiator = "cluster.negotiator." + RUN.toLowerCase();
        String password = "Second-" + RUN + "-password-2";
        WebDriver driver = ClusterSettings.chromium();
        BrowserSession chromium = new BrowserSession(driver, base);
        try {
            ClusterPeople.create(chromium, negotiator, "Negotiator", password);
            String code = "SO-CL-" + RUN;
            String id = EditorPage.openNew(driver, base)
                    .essentials(code, "Science and technology", "Ministry of Defence (MA)", "Title of " + code,
                            "Titlul " + code, "Saved text.", "Textul salvat.")
                    .saveNew();

            String typed = "Typed on one instance, saved on the other (" + RUN + ").";
            EditorPage editor = EditorPage.openExisting(driver, base, id);
            assertFalse(editor.offersDraft(), "nothing to offer yet");
            editor.type("textEn", typed).awaitDraftKept();
            String served = node(driver);

            ClusterSettings.instance("kill", served);
            long killed = System.nanoTime();
            editor = EditorPage.openExisting(driver, base, id);
            long failoverMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            String next = node(driver);

            assertNotEquals(served, next, "the balancer sent the next request to the other instance");
            assertFalse(new LoginPage(driver, base).isShown(), "still signed in: " + driver.getCurrentUrl());
            assertTrue(editor.offersDraft(), "the typed text is offered back: " + editor.bodyText());
            assertEquals("Saved text.", editor.value("textEn"), "the saved version until restored");
            editor.restoreDraft();
            assertEquals(typed, editor.value("textEn"));
            editor.save();
            ObjectivePage detail = new ObjectivePage(driver, base);
            assertEquals(code, detail.code(), detail.bodyText());
            assertTrue(detail.bodyText().contains(typed), detail.bodyText());
            assertEquals(List.of("2", "1"), HistoryPage.open(driver, base, id).numbers(), "saved once, nothing lost");
            assertFalse(EditorPage.openExisting(driver, base, id).offersDraft(), "the save ended the draft");
            System.out.printf("FAILOVER served=%s next=%s ms=%d objective=%s%n", served, next, failoverMs, id);
        } finally {
            chromium.close();
        }
    }

    private static String node(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed(ClusterSettings.NODE_COOKIE);
        assertNotNull(cookie, "the balancer's sticky cookie");
        return cookie.getValue();
    }
}
