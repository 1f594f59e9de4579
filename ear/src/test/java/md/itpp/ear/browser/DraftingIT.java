package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import md.itpp.ear.Deployments;
import md.itpp.quickstart.DemoData;

/**
 * Drafting journeys in headless Chromium: a negotiator writes a strategic objective with goals,
 * milestones and indicators, edits it and compares revisions; a reviewer cannot edit; two
 * editors of one objective lose nothing; hostile markup is shown as text and never runs.
 */
@BrowserJourney
class DraftingIT {

    /** Codes differ per run: the test database outlives a run unless the build is cleaned. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    static final String XSS = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    private String create(WebDriver browser, String code, String textEn) {
        EditorPage editor = EditorPage.openNew(browser, chromium.base());
        // The lead cannot be ticked as a contributor: choosing it unticks and disables its box.
        editor.tickContributor("Ministry of Defence (MA)").tickContributor("Ministry of Internal Affairs (MAI)")
                .choose("lead", "Ministry of Defence (MA)");
        assertFalse(editor.contributorEnabled("Ministry of Defence (MA)"), "the lead's box is disabled");
        assertFalse(editor.contributorTicked("Ministry of Defence (MA)"), "the lead left the contributors");
        assertTrue(editor.contributorTicked("Ministry of Internal Affairs (MAI)"), "other contributors stay ticked");
        editor.tickContributor("Ministry of Internal Affairs (MAI)");
        return editor.essentials(code, "Science and technology", "Ministry of Defence (MA)", "Title of " + code,
                        "Titlul " + code, textEn, "Dezvoltarea capacităților naționale.")
                .contributor(0)
                .addMilestone("2026", "Framework adopted", "Cadru adoptat")
                .addIndicator("Trained experts", "Experți instruiți", "0", "40", "persons", "Annual report")
                .saveNew();
    }

    @Test
    void negotiatorDraftsEditsAndComparesRevisions() {
        chromium.signIn("negotiator");
        String id = create(chromium.driver(), "SO-BRW-" + RUN, "Develop national cyber capabilities.");

        for (String goal : List.of("PG-BRW-" + RUN + ".1", "PG-BRW-" + RUN + ".2")) {
            ObjectivePage.open(chromium.driver(), chromium.base(), id);
            chromium.driver().findElement(By.id("new-goal")).click();
            EditorPage editor = new EditorPage(chromium.driver(), chromium.base());
            editor.type("code", goal).type("titleEn", "Goal " + goal).type("titleRo", "Obiectiv " + goal)
                    .addMilestone("2025", "Assessment", "Evaluare")
                    .addIndicator("Exercises", "Exerciții", "0", "2", "exercises", "Report");
            editor.save();
            assertEquals(goal, new ObjectivePage(chromium.driver(), chromium.base()).code());
        }
        ObjectivePage strategic = ObjectivePage.open(chromium.driver(), chromium.base(), id);
        assertEquals(List.of("PG-BRW-" + RUN + ".1", "PG-BRW-" + RUN + ".2"), strategic.goalCodes());

        EditorPage first = EditorPage.openExisting(chromium.driver(), chromium.base(), id);
        first.type("textEn", "Develop national cyber defence capabilities.").save();
        EditorPage second = EditorPage.openExisting(chromium.driver(), chromium.base(), id);
        second.type("textEn", "Develop resilient national cyber defence capabilities.")
                .type("textRo", "Dezvoltarea capacităților naționale reziliente.").save();

        HistoryPage history = HistoryPage.open(chromium.driver(), chromium.base(), id);
        assertEquals(List.of("3", "2", "1"), history.numbers());
        ComparePage compare = history.compare(1, 3);
        assertTrue(compare.inserted().contains("resilient"), compare.inserted().toString());
        assertTrue(compare.inserted().stream().anyMatch(t -> t.contains("defence")), compare.inserted().toString());
        assertTrue(compare.inserted().contains("reziliente"), compare.inserted().toString());
        assertTrue(compare.deleted().isEmpty() || !compare.deleted().contains("Develop"), compare.deleted().toString());
    }

    @Test
    void aReviewerCannotEdit() {
        chromium.signIn("negotiator");
        String id = create(chromium.driver(), "SO-B2-" + RUN, "Reviewed text.");
        chromium.driver().manage().deleteAllCookies();

        chromium.signIn("reviewer");
        ObjectivePage detail = ObjectivePage.open(chromium.driver(), chromium.base(), id);
        assertEquals("SO-B2-" + RUN, detail.code());
        assertTrue(chromium.driver().findElements(By.id("edit")).isEmpty(), "no edit button for a reviewer");
        assertTrue(chromium.driver().findElements(By.id("new-goal")).isEmpty());
        chromium.driver().get(chromium.base() + "objectives/edit.xhtml?id=" + id);
        assertEquals("Access denied", new ErrorPage(chromium.driver(), chromium.base()).heading());
    }

    @Test
    void twoEditorsOneSaveWinsTheOtherKeepsItsText() {
        chromium.signIn("negotiator");
        String id = create(chromium.driver(), "SO-B3-" + RUN, "Original text.");
        WebDriver other = Browser.start("en");
        try {
            LoginPage.open(other, chromium.base()).signIn("negotiator", DemoData.PASSWORD);
            EditorPage mine = EditorPage.openExisting(chromium.driver(), chromium.base(), id);
            EditorPage theirs = EditorPage.openExisting(other, chromium.base(), id);

            theirs.type("textEn", "Their saved text.").save();
            assertEquals("SO-B3-" + RUN, new ObjectivePage(other, chromium.base()).code());

            mine.type("textEn", "My unsaved words.").save();
            assertTrue(mine.showsConflict(), "the second save sees the conflict");
            assertEquals("My unsaved words.", mine.value("textEn"), "the input is intact");
            assertTrue(mine.conflictText().contains("Their saved text."), mine.conflictText());

            mine.save();
            ObjectivePage detail = new ObjectivePage(chromium.driver(), chromium.base());
            assertEquals("SO-B3-" + RUN, detail.code(), "saved over the newer version");
            assertTrue(detail.bodyText().contains("My unsaved words."));
            assertEquals(List.of("3", "2", "1"), HistoryPage.open(chromium.driver(), chromium.base(), id).numbers());
        } finally {
            other.quit();
        }
    }

    @Test
    void hostileMarkupIsShownAsTextAndNeverRuns() {
        chromium.signIn("negotiator");
        EditorPage editor = EditorPage.openNew(chromium.driver(), chromium.base());
        editor.type("code", "SO-B4-" + RUN).choose("area", "Science and technology")
                .type("titleEn", XSS).type("titleRo", XSS).type("textEn", XSS).type("textRo", XSS)
                .type("resources", XSS).type("risks", XSS).type("context", XSS)
                .choose("lead", "Ministry of Defence (MA)")
                .addMilestone("2027", XSS, XSS)
                .addIndicator(XSS, XSS, XSS, XSS, "x<b>", XSS);
        editor.save();
        ObjectivePage detail = new ObjectivePage(chromium.driver(), chromium.base());
        assertEquals("SO-B4-" + RUN, detail.code(), detail.bodyText());
        assertNoScriptRan();
        assertTrue(detail.bodyText().contains(XSS), "shown as text");
        String id = detail.idInUrl();

        EditorPage.openExisting(chromium.driver(), chromium.base(), id).type("textEn", XSS + " changed").save();
        assertNoScriptRan();
        HistoryPage history = HistoryPage.open(chromium.driver(), chromium.base(), id);
        assertNoScriptRan();
        assertTrue(history.bodyText().contains(XSS), "the history shows the title as text");
        ComparePage compare = history.compare(1, 2);
        assertNoScriptRan();
        assertTrue(compare.bodyText().contains("<script>window.__xss=1</script>"), compare.bodyText());
        assertTrue(compare.inserted().contains("changed"), compare.inserted().toString());

        chromium.driver().get(chromium.base() + "objectives/edit.xhtml?id=%FF%FE");
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading(), "malformed ids are not found, not errors");
        chromium.driver().get(chromium.base() + "objectives/compare.xhtml?id=" + id + "&from=1&to=999");
        assertEquals("Not found", new ErrorPage(chromium.driver(), chromium.base()).heading());
    }

    private void assertNoScriptRan() {
        assertNull(((JavascriptExecutor) chromium.driver()).executeScript("return window.__xss;"), "injected script ran");
        assertFalse(chromium.driver().getPageSource().contains("<script>window.__xss"), "markup reached the page unescaped");
    }
}
