package md.itpp.ear.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's approval chain form. */
public class ChainAdminPage extends Page {

    public ChainAdminPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static ChainAdminPage open(WebDriver driver, String base) {
        ChainAdminPage page = new ChainAdminPage(driver, base);
        page.open("admin/chain.xhtml");
        return page;
    }

    public int steps() {
        return all(By.cssSelector("fieldset.chain-step")).size();
    }

    public ChainAdminPage addStep() {
        int before = steps();
        byId("chain:add-step").click();
        awaitAjax();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> steps() == before + 1);
        return this;
    }

    public ChainAdminPage removeLastStep() {
        int before = steps();
        all(By.cssSelector("fieldset.chain-step")).get(before - 1)
                .findElement(By.cssSelector("button[id$='remove']")).click();
        awaitAjax();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> steps() == before - 1);
        return this;
    }

    /** Fills step {@code index} (from 0): names, and exactly the one reviewer given. */
    public ChainAdminPage step(int index, String nameEn, String nameRo, String reviewer) {
        WebElement step = all(By.cssSelector("fieldset.chain-step")).get(index);
        WebElement en = step.findElement(By.cssSelector("input[id$='name-en']"));
        en.clear();
        en.sendKeys(nameEn);
        WebElement ro = step.findElement(By.cssSelector("input[id$='name-ro']"));
        ro.clear();
        ro.sendKeys(nameRo);
        for (WebElement box : step.findElements(By.cssSelector("input[type=checkbox]"))) {
            if (box.isSelected() != reviewer.equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        return this;
    }

    public ChainAdminPage reviewDays(String days) {
        WebElement input = byId("chain:review-days");
        input.clear();
        input.sendKeys(days);
        return this;
    }

    public ChainAdminPage save() {
        clickAndAwaitNewPage(byId("chain:save"));
        return this;
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }
}
