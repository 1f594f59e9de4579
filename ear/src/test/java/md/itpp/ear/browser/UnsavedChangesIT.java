package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import md.itpp.ear.Deployments;

/**
 * Unsaved changes survive the session: what a negotiator types in the editor is kept as a
 * personal draft a few seconds after typing stops, and a new session (a new sign-in, as after a
 * node died) offers it back. Restore brings the text back and a save ends the draft; Discard
 * forgets it. (A draft older than someone else's save needs a second negotiator: see
 * PersonalDraftServiceIT.)
 */
@BrowserJourney
class UnsavedChangesIT {

    /** Codes differ per run: the test database outlives a run unless the build is cleaned. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    private String create(String code) {
        return EditorPage.openNew(chromium.driver(), chromium.base())
                .essentials(code, "Science and technology", "Ministry of Defence (MA)", "Title of " + code,
                        "Titlul " + code, "Saved text.", "Textul salvat.")
                .saveNew();
    }

    private EditorPage editor(String id) {
        return EditorPage.openExisting(chromium.driver(), chromium.base(), id);
    }

    /** Types into the editor and waits for the autosave; then a new sign-in, a new session. */
    private void typeAndLoseTheSession(String id, String textEn) {
        EditorPage editor = editor(id);
        assertFalse(editor.offersDraft(), "nothing to offer yet");
        editor.type("textEn", textEn).awaitDraftKept();
        chromium.signIn("negotiator");
    }

    @Test
    void typedTextIsOfferedBackInANewSessionAndSavedOnce() {
        chromium.signIn("negotiator");
        String id = create("SO-UC1-" + RUN);
        typeAndLoseTheSession(id, "Words typed before the failover.");

        EditorPage editor = editor(id);
        assertTrue(editor.offersDraft(), editor.bodyText());
        assertTrue(editor.draftOfferText().startsWith("Unsaved changes from"), editor.draftOfferText());
        assertEquals("Saved text.", editor.value("textEn"), "the form shows the saved version until restored");
        editor.checkAccessibility();

        editor.restoreDraft();
        assertEquals("Words typed before the failover.", editor.value("textEn"));
        assertFalse(editor.offersDraft());
        editor.save();
        ObjectivePage detail = new ObjectivePage(chromium.driver(), chromium.base());
        assertEquals("SO-UC1-" + RUN, detail.code(), detail.bodyText());
        assertTrue(detail.bodyText().contains("Words typed before the failover."));
        assertEquals(List.of("2", "1"), HistoryPage.open(chromium.driver(), chromium.base(), id).numbers(),
                "saved once");

        assertFalse(editor(id).offersDraft(), "the save ended the draft");
    }

    @Test
    void aDiscardedDraftIsGone() {
        chromium.signIn("negotiator");
        String id = create("SO-UC2-" + RUN);
        typeAndLoseTheSession(id, "Words nobody wants.");

        EditorPage editor = editor(id);
        assertTrue(editor.offersDraft(), editor.bodyText());
        editor.discardDraft();
        assertFalse(editor.offersDraft());
        assertEquals("Saved text.", editor.value("textEn"));

        assertFalse(editor(id).offersDraft(), "discarded for good");
    }
}
