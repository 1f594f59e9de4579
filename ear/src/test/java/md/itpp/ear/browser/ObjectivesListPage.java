package md.itpp.ear.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The objectives list: filters, the paged table, the count of results. */
public class ObjectivesListPage extends Page {

    public ObjectivesListPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ObjectivesListPage open(WebDriver driver, String base) {
        ObjectivesListPage page = new ObjectivesListPage(driver, base);
        page.open("objectives/list.xhtml");
        return page;
    }

    /** The codes in the table's current page, top to bottom. */
    public List<String> codes() {
        return all(By.cssSelector("[id='list:objectives'] tbody tr a[id$=':open']")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public String resultCount() {
        return byId("list:result-count").getText();
    }

    /**
     * Chooses an option of one of the filter menus (area, status, institution, level). A click
     * that lands while the panel is still opening is ignored by PrimeFaces, so the choice is
     * checked on the menu's label and tried again; the panel must be closed before going on,
     * or it would take the next click.
     */
    public ObjectivesListPage choose(String filter, String optionLabel) {
        By panel = By.id("list:" + filter + "_panel");
        By label = By.id("list:" + filter + "_label");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                byId("list:" + filter).click();
            }
            WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector(
                            "[id='list:" + filter + "_items'] li[data-label=\"" + optionLabel + "\"]")));
            item.click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(d ->
                        optionLabel.equals(d.findElement(label).getText().strip())
                                && !d.findElement(panel).isDisplayed());
                return this;
            } catch (org.openqa.selenium.TimeoutException e) {
                // The click was swallowed by the opening animation: try again.
            }
        }
        throw new AssertionError("could not choose " + optionLabel + " in " + filter);
    }

    public ObjectivesListPage text(String text) {
        byId("list:text").clear();
        byId("list:text").sendKeys(text);
        return this;
    }

    public ObjectivesListPage search() {
        byId("list:search").click();
        awaitAjax();
        return this;
    }

    public ObjectivesListPage clear() {
        byId("list:clear").click();
        awaitAjax();
        return this;
    }

    /** Sorts by clicking a column header (code, title, area, status, updated). */
    public ObjectivesListPage sortBy(String column) {
        driver.findElement(By.cssSelector("[id='list:objectives:" + column + "'] .ui-column-title")).click();
        awaitAjax();
        return this;
    }

    public ObjectivePage openObjective(String code) {
        driver.findElement(By.linkText(code)).click();
        return new ObjectivePage(driver, base);
    }
}
