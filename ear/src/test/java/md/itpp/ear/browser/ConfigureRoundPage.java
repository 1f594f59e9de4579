package md.itpp.ear.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** consultation/configure.xhtml: title, deadline, objectives by code, invited institutions. */
public class ConfigureRoundPage extends Page {

    public ConfigureRoundPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ConfigureRoundPage openNew(WebDriver driver, String base) {
        ConfigureRoundPage page = new ConfigureRoundPage(driver, base);
        page.open("consultation/configure.xhtml");
        return page;
    }

    public ConfigureRoundPage title(String title) {
        return type("configure:title", title);
    }

    /** Types the deadline into its date picker (dd.MM.yyyy and HH:mm) and closes the calendar it opens. */
    public ConfigureRoundPage deadline(String date, String time) {
        type("configure:deadline_input", date + " " + time);
        closeCalendar("configure:deadline_input");
        return this;
    }

    /** Adds an objective by code and waits for it to be listed (or for the refusal). */
    public ConfigureRoundPage addObjective(String code) {
        type("configure:code", code);
        byId("configure:add-objective").click();
        awaitAjax();
        return this;
    }

    public String chosenText() {
        return all(By.id("configure:chosen")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Ticks an institution by its label, e.g. "Ministry of Defence (MA)". */
    public ConfigureRoundPage invite(String label) {
        WebElement box = driver.findElement(By.xpath("//label[normalize-space(.)='" + label
                + "']/preceding-sibling::input[@type='checkbox'] | //label[normalize-space(.)='" + label
                + "']/../input[@type='checkbox']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Saves: a full-page post that leads to the round's page. */
    public RoundPage save() {
        clickAndAwaitNewPage(byId("configure:save"));
        return new RoundPage(driver, base);
    }

    private ConfigureRoundPage type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
