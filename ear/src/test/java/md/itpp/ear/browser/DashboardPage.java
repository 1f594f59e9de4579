package md.itpp.ear.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dashboard: objectives by area and status, the chart, overdue tasks, document links. */
public class DashboardPage extends Page {

    public DashboardPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static DashboardPage open(WebDriver driver, String base) {
        DashboardPage page = new DashboardPage(driver, base);
        page.open("objectives/dashboard.xhtml");
        page.awaitAjax();
        return page;
    }

    /** The header row and the area's row, so that counts can be read against status names. */
    public String areaRow(String areaCode) {
        String header = byId("areas").findElement(By.tagName("thead")).getText();
        String row = all(By.cssSelector("#areas tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith(areaCode + " ")).findFirst().orElse("");
        return header + "\n" + row;
    }

    /** The number in the area's row under the status column, or -1 when there is no such column or row. */
    public int count(String areaCode, String statusLabel) {
        java.util.List<String> headers = byId("areas").findElements(By.cssSelector("thead th")).stream()
                .map(e -> e.getText().strip()).toList();
        int column = headers.indexOf(statusLabel);
        for (WebElement row : all(By.cssSelector("#areas tbody tr"))) {
            java.util.List<WebElement> cells = row.findElements(By.tagName("td"));
            if (column >= 0 && cells.get(0).getText().startsWith(areaCode + " ")) {
                return Integer.parseInt(cells.get(column).getText().strip());
            }
        }
        return -1;
    }

    public boolean hasChart() {
        return !all(By.cssSelector("canvas")).isEmpty();
    }
}
