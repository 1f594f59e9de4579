package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reporting period: its state, its reports, the figures, the downloads, closing it. */
public class MonitoringPeriodPage extends Page {

    public MonitoringPeriodPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static MonitoringPeriodPage open(WebDriver driver, String base, String id) {
        MonitoringPeriodPage page = new MonitoringPeriodPage(driver, base);
        page.open("monitoring/period.xhtml?id=" + id);
        page.awaitAjax();
        return page;
    }

    /** The id in the current address. */
    public String id() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }

    public String state() {
        return byId("state").getText().strip();
    }

    public String snapshot() {
        return all(By.id("snapshot")).stream().map(WebElement::getText).findFirst().orElse("").strip();
    }

    /** The rows of the reports table, as their texts. */
    public List<String> reportRows() {
        return textsOf("table[id$='reports'] tbody tr");
    }

    /** The id of the report on an objective, from its link in the reports table. */
    public String reportId(String objectiveCode) {
        String href = driver.findElement(By.linkText(objectiveCode)).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }

    public boolean canClose() {
        return !all(By.id("close-period:close")).isEmpty();
    }

    public MonitoringPeriodPage close() {
        clickAndAwaitNewPage(byId("close-period:close"));
        return new MonitoringPeriodPage(driver, base);
    }

    /** The address of a download link ("report-docx-ro", "report-pdf-en", "figures-xlsx"...). */
    public String downloadHref(String linkId) {
        return byId(linkId).getAttribute("href");
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }
}
