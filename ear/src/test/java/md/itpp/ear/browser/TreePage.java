package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The programme's tree (objectives/tree.xhtml): a row group per strategic objective, its goals under it. */
public class TreePage extends Page {

    public TreePage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static TreePage open(WebDriver driver, String base) {
        TreePage page = new TreePage(driver, base);
        driver.get(base + "objectives/tree.xhtml");
        return page;
    }

    /** The first row group that is a strategic objective with at least one goal, or null. */
    public WebElement firstStrategicWithGoals() {
        return all(By.cssSelector("#objectives tbody.objective-group")).stream()
                .filter(group -> !group.findElements(By.cssSelector("tr.strategic-row")).isEmpty()
                        && !group.findElements(By.cssSelector("tr.goal-row")).isEmpty())
                .findFirst().orElse(null);
    }

    /** The cells of each row of a row group, as text. */
    public static List<List<String>> cells(WebElement group) {
        return group.findElements(By.tagName("tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList())
                .toList();
    }

    /** The links of a row group's codes. */
    public static List<String> links(WebElement group) {
        return group.findElements(By.cssSelector("a.objective-link")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
