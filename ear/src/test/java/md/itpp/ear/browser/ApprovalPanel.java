package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The review-and-approval panel of an objective's page. */
public class ApprovalPanel extends Page {

    public ApprovalPanel(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ApprovalPanel open(WebDriver driver, String base, String id) {
        ApprovalPanel panel = new ApprovalPanel(driver, base);
        panel.open("objectives/detail.xhtml?id=" + id);
        return panel;
    }

    public String status() {
        return byId("status").getText().strip();
    }

    public boolean offers(String action) {
        return !all(By.id("approval-actions:" + action)).isEmpty();
    }

    public ApprovalPanel reason(String text) {
        WebElement reason = byId("approval-actions:reason");
        reason.clear();
        reason.sendKeys(text);
        return this;
    }

    /** Types into a field of the decision form, e.g. {@code decision-number}. */
    public ApprovalPanel field(String id, String text) {
        WebElement input = byId("approval-actions:" + id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Types the Government decision's date (dd.MM.yyyy) and closes the calendar it opens. */
    public ApprovalPanel decisionDate(String date) {
        WebElement input = byId("approval-actions:decision-date_input");
        input.clear();
        input.sendKeys(date);
        closeCalendar("approval-actions:decision-date_input");
        return this;
    }

    /** Clicks a decision button (a full-page POST) and waits for the page that answers. */
    public ApprovalPanel take(String action) {
        clickAndAwaitNewPage(byId("approval-actions:" + action));
        return this;
    }

    /** Whether the page warns that the translation may be out of date. */
    public boolean translationFlagged() {
        return !all(By.id("translation")).isEmpty();
    }

    /** Confirms the flagged translation is still right (a full-page POST). */
    public ApprovalPanel confirmTranslation() {
        clickAndAwaitNewPage(byId("translation:confirm"));
        return this;
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    /** The decisions table, one string per row. */
    public List<String> decisions() {
        return all(By.cssSelector("#decisions tbody tr")).stream().map(WebElement::getText).toList();
    }

    public int staleDecisions() {
        return all(By.cssSelector("#decisions tbody .decision-stale-note")).size();
    }

    public int changedSinceLinks() {
        return all(By.cssSelector("#decisions tbody a.changed-since")).size();
    }

    public ComparePage openChangedSince(int index) {
        all(By.cssSelector("#decisions tbody a.changed-since")).get(index).click();
        awaitAjax();
        return new ComparePage(driver, base);
    }
}
