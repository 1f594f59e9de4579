package md.itpp.ear.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    /**
     * The document's language, read in one script call: a reference to the html element found
     * first could belong to a document the browser is replacing (seen once under load, right
     * after a language switch), which Chromium answers with an error instead of a value.
     */
    public String htmlLang() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
    }

    /**
     * Clicks a language button of the layout and waits for the page to come back. The page's
     * language is read by a script, not through an element found before the new page replaced
     * it: Chromium then answers "Node with given id does not belong to the document", which is
     * not the stale-element error a wait can ignore.
     */
    public void switchLanguage(String code) {
        WebElement button = driver.findElement(By.id("language:" + code));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> code.equals(htmlLang()));
    }

    protected WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * The rendered texts of the elements a CSS selector matches, read in one script call: an ajax
     * update between finding the elements and reading them cannot leave a stale reference.
     */
    @SuppressWarnings("unchecked")
    protected List<String> textsOf(String css) {
        Object texts = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
        return (List<String>) texts;
    }

    /**
     * Closes the calendar a date picker opened while its input was typed into: Escape, then a click
     * on the page's heading until the panel is gone. The calendar may still be opening when Escape
     * comes (a fast machine), and while it opens or closes the page may move under the click (the
     * heading's point then belongs to another element, which Chromium refuses as an intercepted
     * click): such a click is tried again.
     */
    protected void closeCalendar(String inputId) {
        byId(inputId).sendKeys(Keys.ESCAPE);
        By panel = By.id(inputId.substring(0, inputId.length() - "_input".length()) + "_panel");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    List<WebElement> open = d.findElements(panel);
                    if (open.isEmpty() || !open.get(0).isDisplayed()) {
                        return true;
                    }
                    d.findElement(By.tagName("h1")).click();
                    return false;
                });
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    protected void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * The one wait for a full-page post or a link to another page: clicks and waits until a new
     * document has loaded and its ajax is done. The old document is marked first, so no element
     * of it has to be polled while the browser tears it down (Chromium answers questions about
     * such nodes with errors of several kinds).
     */
    protected void clickAndAwaitNewPage(WebElement element) {
        clickAndAwait(element, "!window.itppOldPage && document.readyState === 'complete'");
        Axe.check(driver);
    }

    /** Checks the page as it is now (e.g. after ajax showed messages or a panel) with axe-core. */
    public void checkAccessibility() {
        Axe.check(driver);
    }

    /**
     * Clicks a button whose ajax request either ends on this page (a refusal, a conflict) or
     * leads to another one (a redirect after a save), and waits for whichever comes.
     */
    protected void clickAndAwaitAjaxOrNewPage(WebElement element) {
        clickAndAwait(element, "(!window.itppOldPage && document.readyState === 'complete')"
                + " || (!!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0)");
    }

    private void clickAndAwait(WebElement element, String condition) {
        ((JavascriptExecutor) driver).executeScript("window.itppOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return " + condition + ";")));
        awaitAjax();
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label. A click that lands while the
     * panel is still opening is ignored by PrimeFaces, so the choice is checked on the menu's
     * label and tried again; the panel must be closed before going on, or it would cover the
     * fields under it and take the next click.
     */
    protected void chooseFromMenu(String menuId, String optionLabel) {
        By panel = By.id(menuId + "_panel");
        By label = By.id(menuId + "_label");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label=\"" + optionLabel + "\"]");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                byId(menuId).click();
            }
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(d ->
                        optionLabel.equals(d.findElement(label).getText().strip())
                                && !d.findElement(panel).isDisplayed());
                return;
            } catch (TimeoutException e) {
                // The click was swallowed by the opening animation: try again.
            }
        }
        throw new AssertionError("could not choose " + optionLabel + " in " + menuId);
    }

    protected void open(String path) {
        driver.get(base + path);
    }
}
