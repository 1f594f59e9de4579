package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The monitoring dashboard: progress by area and institution, milestones needing attention, the trend. */
public class MonitoringDashboardPage extends Page {

    public MonitoringDashboardPage(WebDriver driver, String base) {
        super(driver, base);
    }

    /** The dashboard of a period, or of the latest with {@code periodId} null. */
    public static MonitoringDashboardPage open(WebDriver driver, String base, String periodId) {
        MonitoringDashboardPage page = new MonitoringDashboardPage(driver, base);
        page.open("monitoring/dashboard.xhtml" + (periodId == null ? "" : "?period=" + periodId));
        page.awaitAjax();
        return page;
    }

    /** The rows' texts of a table of the page ("areas", "institutions", "attention", "trend"). */
    public List<String> rows(String table) {
        return textsOf("table[id$='" + table + "'] tbody tr");
    }

    /** The row of the table whose text starts with {@code start}, or empty text. */
    public String row(String table, String start) {
        return rows(table).stream().filter(t -> t.startsWith(start)).findFirst().orElse("");
    }

    /** The accessible name of the trend chart's canvas, or empty text without a chart. */
    public String chartLabel() {
        return all(By.cssSelector("[id$='trend-chart'][aria-label], [id$='trend-chart'] [aria-label]")).stream()
                .map(c -> c.getAttribute("aria-label")).filter(l -> l != null).findFirst().orElse("");
    }

    public String caption(String table) {
        return textsOf("table[id$='" + table + "'] caption").stream().findFirst().orElse("");
    }
}
