package md.itpp.ear.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The administrators' list of accounts: the search form, a page of accounts, the count. */
public class AccountsPage extends Page {

    public AccountsPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public List<String> usernames() {
        return all(By.cssSelector("#accounts tbody tr td:first-child")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Opens the page of the account in the row of {@code username}. */
    public AccountPage openAccount(String username) {
        WebElement row = all(By.cssSelector("#accounts tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td:first-child")).getText().strip().equals(username))
                .findFirst().orElseThrow();
        clickAndAwaitNewPage(row.findElement(By.cssSelector("a.account-edit")));
        return new AccountPage(driver, base);
    }

    /** "Accounts found: 12." */
    public String resultCount() {
        return byId("result-count").getText();
    }

    public AccountsPage text(String text) {
        byId("q").clear();
        byId("q").sendKeys(text);
        return this;
    }

    /** Chooses an option of one of the filter selects (role, institution, status). */
    public AccountsPage choose(String filter, String optionLabel) {
        new Select(byId(filter)).selectByVisibleText(optionLabel);
        return this;
    }

    /** Sends the search form: the list comes back as a new page, its address holding the filters. */
    public AccountsPage search() {
        clickAndAwaitNewPage(byId("search"));
        return this;
    }

    public AccountsPage clear() {
        clickAndAwaitNewPage(byId("clear"));
        return this;
    }
}
