package md.itpp.ear.browser;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One progress report: the lead institution's draft (milestone statuses, indicator values, the
 * narrative), evidence files, a contributing institution's input, the negotiator's review.
 */
public class ProgressReportPage extends Page {

    public ProgressReportPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ProgressReportPage open(WebDriver driver, String base, String id) {
        ProgressReportPage page = new ProgressReportPage(driver, base);
        page.open("monitoring/report.xhtml?id=" + id);
        page.awaitAjax();
        return page;
    }

    public String state() {
        return byId("state").getText().strip();
    }

    /** Chooses a milestone's status (0-based row) from the PrimeFaces menu, by its label. */
    public ProgressReportPage milestone(int row, String statusLabel, String comment) {
        chooseFromMenu("report:milestones:" + row + ":status", statusLabel);
        type("report:milestones:" + row + ":comment", comment);
        return this;
    }

    public ProgressReportPage indicator(int row, String value) {
        type("report:indicators:" + row + ":value", value);
        return this;
    }

    public ProgressReportPage narrative(String romanian, String english) {
        type("report:narrative-ro", romanian);
        type("report:narrative-en", english);
        return this;
    }

    public ProgressReportPage save() {
        return post("report:save");
    }

    /** The focal point's button: saves what the page shows and submits it. */
    public ProgressReportPage submit() {
        return post("report:submit");
    }

    /** Attaches a file through the page's upload form. */
    public ProgressReportPage attach(Path file) {
        byId("attach:file").sendKeys(file.toAbsolutePath().toString());
        return post("attach:attach-file");
    }

    public String evidenceText() {
        return textsOf("table[id$='evidence'] tbody tr").stream().reduce("", (a, b) -> a + "\n" + b);
    }

    public ProgressReportPage contribute(String text) {
        type("contribute:input", text);
        return post("contribute:save-input");
    }

    /** The contributing institutions' input as the page shows it. */
    public String inputsText() {
        return textsOf("article.contribution").stream().reduce("", (a, b) -> a + "\n" + b);
    }

    public ProgressReportPage returnWith(String reason) {
        type("review:return-reason", reason);
        return post("review:return");
    }

    public ProgressReportPage accept() {
        return post("review:accept");
    }

    public String returnReason() {
        return all(By.id("return-reason")).stream().map(WebElement::getText).findFirst().orElse("").strip();
    }

    public String progress() {
        return all(By.id("progress")).stream().map(WebElement::getText).findFirst().orElse("").strip();
    }

    public boolean canSubmit() {
        return !all(By.id("report:submit")).isEmpty();
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private ProgressReportPage post(String buttonId) {
        clickAndAwaitNewPage(byId(buttonId));
        return new ProgressReportPage(driver, base);
    }
}
