package md.itpp.ear.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;

/**
 * Debian's headless Chromium and its driver, started so that nothing is downloaded and nothing
 * leaves the machine: the binaries are named, background networking is off, and every host name
 * but the loopback ones resolves to nothing. The resolver rule is what stops the lookups:
 * Chromium asks for Google's autofill, update and account hosts while forms are filled even with
 * background networking and component updates off. Every page loaded through the driver
 * ({@code get}, navigation) is checked by {@link Axe}; pages reached by a click by {@link Page}.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");

    /** Every name but localhost is "not found"; 127.0.0.1 must be excluded too or no page loads. */
    static final String HOST_RESOLVER_RULES =
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1";
    static final String DISABLED_FEATURES =
            "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter";

    private Browser() {
    }

    public static WebDriver start(String language) {
        return start(language, new String[0]);
    }

    /** As {@link #start(String)}, with more command-line switches for Chromium. */
    public static WebDriver start(String language, String... moreArguments) {
        Path profile;
        try {
            profile = Files.createTempDirectory("itpp-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=" + language,
                HOST_RESOLVER_RULES, DISABLED_FEATURES,
                "--user-data-dir=" + profile);
        options.addArguments(moreArguments);
        options.setExperimentalOption("prefs",
                java.util.Map.of("intl.accept_languages", language));
        // The console, so that a test can fail on a script error or a resource that did not load.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new AxeOnLoad().decorate(driver);
    }

    /** Runs axe-core after every page the test loads by URL or by the browser's navigation. */
    private static final class AxeOnLoad extends WebDriverDecorator<WebDriver> {

        private static final Set<String> LOADS = Set.of("get", "to", "back", "forward", "refresh");

        @Override
        public void afterCall(Decorated<?> target, Method method, Object[] args, Object result) {
            Object original = target.getOriginal();
            if (LOADS.contains(method.getName())
                    && (original instanceof WebDriver || original instanceof WebDriver.Navigation)) {
                Axe.check(getDecoratedDriver().getOriginal());
            }
        }
    }
}
