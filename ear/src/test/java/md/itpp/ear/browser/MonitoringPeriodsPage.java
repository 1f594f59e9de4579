package md.itpp.ear.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The reporting periods, and the form a negotiator opens one with. */
public class MonitoringPeriodsPage extends Page {

    public MonitoringPeriodsPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static MonitoringPeriodsPage open(WebDriver driver, String base) {
        MonitoringPeriodsPage page = new MonitoringPeriodsPage(driver, base);
        page.open("monitoring/periods.xhtml");
        page.awaitAjax();
        return page;
    }

    /**
     * Opens a period with the default deadlines (left empty) and returns the page the
     * application shows next: the new period's, or this one with the refusal.
     */
    public MonitoringPeriodPage openPeriod(String title, int year) {
        WebElement titleField = byId("open-period:title");
        titleField.clear();
        titleField.sendKeys(title);
        WebElement yearField = byId("open-period:year");
        yearField.clear();
        yearField.sendKeys(Integer.toString(year));
        clickAndAwaitNewPage(byId("open-period:open"));
        return new MonitoringPeriodPage(driver, base);
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }
}
