package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An objective's revisions and the choice of two to compare. */
public class HistoryPage extends Page {

    public HistoryPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static HistoryPage open(WebDriver driver, String base, String id) {
        HistoryPage page = new HistoryPage(driver, base);
        page.open("objectives/history.xhtml?id=" + id);
        return page;
    }

    /** Revision numbers as listed, newest first. */
    public List<String> numbers() {
        return all(By.cssSelector(".revision-number")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    public ComparePage compare(int from, int to) {
        new Select(byId("history:from")).selectByValue(String.valueOf(from));
        new Select(byId("history:to")).selectByValue(String.valueOf(to));
        WebElement button = byId("history:compare");
        button.click();
        awaitGone(button);
        awaitAjax();
        return new ComparePage(driver, base);
    }
}
