package md.itpp.ear.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator's page of one account; opened without an id, it creates one. */
public class AccountPage extends Page {

    public AccountPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static AccountPage openNew(WebDriver driver, String base) {
        AccountPage page = new AccountPage(driver, base);
        page.open("admin/account.xhtml");
        return page;
    }

    /** Fills the new account's form with one role (by its label) and its first password, and saves. */
    public void create(String username, String displayName, String roleLabel, String firstPassword) {
        byId("account:username").sendKeys(username);
        byId("account:displayName").sendKeys(displayName);
        WebElement role = driver.findElement(By.xpath(
                "//table[@id='account:roles']//label[normalize-space()='" + roleLabel + "']"));
        byId(role.getAttribute("for")).click();
        byId("account:firstPassword").sendKeys(firstPassword);
        clickAndAwaitNewPage(byId("account:save"));
    }

    /**
     * As {@link #create}, for a person of an institution: the institution is chosen by the
     * option naming its code in brackets, e.g. "(MA)".
     */
    public void create(String username, String displayName, String roleLabel, String institutionCode,
                       String firstPassword) {
        Select institution = new Select(byId("account:institution"));
        institution.getOptions().stream().filter(o -> o.getText().contains("(" + institutionCode + ")")).findFirst()
                .ifPresentOrElse(o -> institution.selectByVisibleText(o.getText()), () -> {
                    throw new IllegalArgumentException("no institution " + institutionCode);
                });
        create(username, displayName, roleLabel, firstPassword);
    }

    public String username() {
        return byId("account:username").getAttribute("value");
    }

    /** The account's id in the current address. */
    public String idInUrl() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
    }

    /** Where the page's back link leads. */
    public String backHref() {
        return byId("back").getAttribute("href");
    }

    /** Follows the back link to the accounts list. */
    public AccountsPage back() {
        clickAndAwaitNewPage(byId("back"));
        return new AccountsPage(driver, base);
    }

    /** Whether the page shows a saved account (its state line), not the form of a new one. */
    public boolean showsSavedAccount() {
        return !all(By.id("status")).isEmpty();
    }
}
