package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The task inbox, and the task count of the menu. */
public class TaskInboxPage extends Page {

    public TaskInboxPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static TaskInboxPage open(WebDriver driver, String base) {
        TaskInboxPage page = new TaskInboxPage(driver, base);
        page.open("tasks/inbox.xhtml");
        return page;
    }

    /** The objective codes of the tasks listed. */
    public List<String> codes() {
        return all(By.cssSelector("a.task-code")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The row of the task on that objective, or empty text. */
    public String row(String code) {
        return all(By.cssSelector("tr.task-row")).stream().map(WebElement::getText)
                .filter(t -> t.contains(code)).findFirst().orElse("");
    }

    public String menuEntry() {
        return byId("menu").findElement(By.cssSelector("a[id$='nav-tasks'], #nav-tasks a, [id$='nav-tasks']"))
                .getText().strip();
    }
}
