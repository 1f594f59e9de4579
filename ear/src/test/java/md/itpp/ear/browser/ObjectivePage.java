package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An objective's read-only detail. */
public class ObjectivePage extends Page {

    public ObjectivePage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ObjectivePage open(WebDriver driver, String base, String id) {
        ObjectivePage page = new ObjectivePage(driver, base);
        page.open("objectives/detail.xhtml?id=" + id);
        return page;
    }

    public String code() {
        return byId("code").getText().strip();
    }

    public String status() {
        return byId("status").getText().strip();
    }

    public String leadInstitution() {
        return byId("lead").getText().strip();
    }

    /** Codes of the partnership goals listed under a strategic objective (links read "code title"). */
    public List<String> goalCodes() {
        return all(By.cssSelector("a.goal-link")).stream()
                .map(WebElement::getText).map(t -> t.strip().split("\\s+", 2)[0]).toList();
    }

    /** Opens a partnership goal listed under this strategic objective. */
    public ObjectivePage openGoal(String code) {
        WebElement link = all(By.cssSelector("a.goal-link")).stream()
                .filter(a -> a.getText().strip().startsWith(code + " ")).findFirst().orElseThrow();
        clickAndAwaitNewPage(link);
        return new ObjectivePage(driver, base);
    }

    /** The words of a goal's link to its strategic objective; empty when the page names it without a link. */
    public String parentLinkText() {
        List<WebElement> links = all(By.id("parent-link"));
        return links.isEmpty() ? "" : links.get(0).getText().strip();
    }

    /** Follows a goal's link to its strategic objective. */
    public ObjectivePage openParent() {
        clickAndAwaitNewPage(byId("parent-link"));
        return new ObjectivePage(driver, base);
    }

    /** All table cells of the page, for milestones and indicators. */
    public String tablesText() {
        return all(By.tagName("table")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** The id in the current address, for opening the page again by URL. */
    public String idInUrl() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }
}
