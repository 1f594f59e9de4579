package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Two revisions side by side, changed words in ins and del elements. */
public class ComparePage extends Page {

    public ComparePage(WebDriver driver, String base) {
        super(driver, base);
    }

    public List<String> deleted() {
        return all(By.cssSelector("#comparison del")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    public List<String> inserted() {
        return all(By.cssSelector("#comparison ins")).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
