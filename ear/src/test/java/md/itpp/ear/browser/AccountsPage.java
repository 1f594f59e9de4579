package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrators' list of accounts. */
public class AccountsPage extends Page {

    public AccountsPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public List<String> usernames() {
        return all(By.cssSelector("table tbody tr td:first-child")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
