package md.itpp.ear.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import md.itpp.ear.browser.AccountPage;
import md.itpp.ear.browser.BrowserSession;
import md.itpp.ear.browser.PasswordPage;

/**
 * The people a cluster test needs, made as IT would on a new installation: the first
 * administrator creates each account with a first password, and the person signs in once and
 * chooses their own (the application asks for it).
 */
final class ClusterPeople {

    private ClusterPeople() {
    }

    /** Creates the account with one role (its label, e.g. "Negotiator") and leaves it with {@code password}. */
    static void create(BrowserSession chromium, String username, String roleLabel, String password) {
        create(chromium, username, roleLabel, null, password);
    }

    /** As above, for a person of the institution with this code (null: none). */
    static void create(BrowserSession chromium, String username, String roleLabel, String institutionCode,
                       String password) {
        String first = "First-" + password;
        chromium.signIn(ClusterSettings.ADMIN, ClusterSettings.adminPassword());
        AccountPage account = AccountPage.openNew(chromium.driver(), chromium.base());
        if (institutionCode == null) {
            account.create(username, roleLabel + " " + username, roleLabel, first);
        } else {
            account.create(username, roleLabel + " " + username, roleLabel, institutionCode, first);
        }
        assertTrue(account.showsSavedAccount(), account.bodyText());
        chromium.signIn(username, first);
        PasswordPage page = new PasswordPage(chromium.driver(), chromium.base());
        if (page.isShown()) {
            page.change(first, password);
        }
    }
}
