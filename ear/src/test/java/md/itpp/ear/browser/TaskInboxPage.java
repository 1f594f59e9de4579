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

    /** Follows the count of one kind (e.g. SIGN_OFF) to the list of every task of that kind. */
    public TaskInboxPage showKind(String kind) {
        clickAndAwaitNewPage(driver.findElement(By.cssSelector(".task-count-" + kind + " a")));
        return new TaskInboxPage(driver, base);
    }

    /** The kinds of the tasks listed, as the page names them. */
    public List<String> kinds() {
        return textsOf("tr.task-row .task-kind");
    }

    public String caption() {
        return all(By.cssSelector("table[id$='tasks'] caption")).stream().map(WebElement::getText)
                .findFirst().orElse("").strip();
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
