package md.itpp.ear.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

import md.itpp.quickstart.DemoData;

/**
 * One test's Chromium and the application's address, with sign-in as a demo account. Closed
 * (Chromium quit) by {@link ChromiumExtension} when the test ends.
 */
public final class BrowserSession implements ExtensionContext.Store.CloseableResource {

    private final WebDriver driver;
    private final String base;

    public BrowserSession(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The application's address, ending with "/". */
    public String base() {
        return base;
    }

    /** Forgets any earlier session, then signs in as a demo account with the demo password. */
    public void signIn(String username) {
        signIn(username, DemoData.PASSWORD);
    }

    /** Forgets any earlier session, then signs in through the login page. */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).signIn(username, password);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
