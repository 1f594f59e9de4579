package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    /** Chooses an option of one of the filter menus (area, status, institution, level). */
    public ObjectivesListPage choose(String filter, String optionLabel) {
        chooseFromMenu("list:" + filter, optionLabel);
        return this;
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
