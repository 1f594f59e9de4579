package md.itpp.ear.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page of the application has: the layout, the heading, ajax to wait for. */
public abstract class Page {

    protected final WebDriver driver;
    protected final String base;

    protected Page(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Clicks a language button of the layout and waits for the page to come back. */
    public void switchLanguage(String code) {
        WebElement button = driver.findElement(By.id("language:" + code));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    protected WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    protected void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Clicks something that posts or navigates the whole page and waits until a new document has
     * loaded. The old document is marked first, so no element of it has to be polled while the
     * browser tears it down.
     */
    protected void clickAndAwaitNewPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.itppOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return !window.itppOldPage && document.readyState === 'complete';")));
        awaitAjax();
        Axe.check(driver);
    }

    /** Checks the page as it is now (e.g. after ajax showed messages or a panel) with axe-core. */
    public void checkAccessibility() {
        Axe.check(driver);
    }

    /**
     * Waits until a full-page post replaced the page the element was on. Chromium sometimes
     * answers a question about a node of the page being replaced with an "unknown error"
     * instead of a stale element: both mean the old page is gone.
     */
    protected void awaitGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        awaitAjax();
        Axe.check(driver);
    }

    protected void open(String path) {
        driver.get(base + path);
    }
}
