package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

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
        return textsOf("#objectives tbody a.objective-link");
    }

    /** "Objectives found: 33." */
    public String resultCount() {
        return byId("result-count").getText();
    }

    /** "Page 2 of 3.", empty when the rows fit on one page. */
    public String pageOf() {
        return all(By.id("page-of")).stream().map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /** Chooses an option of one of the filter selects (area, status, institution, level). */
    public ObjectivesListPage choose(String filter, String optionLabel) {
        new Select(byId(filter)).selectByVisibleText(optionLabel);
        return this;
    }

    /** The option a filter select shows, e.g. after a search that used it. */
    public String chosen(String filter) {
        return new Select(byId(filter)).getFirstSelectedOption().getText().strip();
    }

    public ObjectivesListPage text(String text) {
        byId("q").clear();
        byId("q").sendKeys(text);
        return this;
    }

    /** Sends the filter form: the list comes back as a new page, its address holding the filters. */
    public ObjectivesListPage search() {
        clickAndAwaitNewPage(byId("search"));
        return this;
    }

    public ObjectivesListPage clear() {
        clickAndAwaitNewPage(byId("clear"));
        return this;
    }

    /** Sorts by clicking a column header (code, title, area, status, updated). */
    public ObjectivesListPage sortBy(String column) {
        clickAndAwaitNewPage(byId("sort-" + column));
        return this;
    }

    /** The header's aria-sort of a sortable column: ascending, descending or none. */
    public String sortOf(String column) {
        return byId("sort-" + column).findElement(By.xpath("..")).getAttribute("aria-sort");
    }

    /** Follows a link of the pager: first, previous, next or last. */
    public ObjectivesListPage page(String link) {
        clickAndAwaitNewPage(byId(link));
        return this;
    }

    public ObjectivePage openObjective(String code) {
        driver.findElement(By.linkText(code)).click();
        return new ObjectivePage(driver, base);
    }
}
