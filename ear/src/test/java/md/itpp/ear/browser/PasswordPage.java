package md.itpp.ear.browser;

import org.openqa.selenium.WebDriver;

/** The caller's own password change, where an account with a first password is sent at sign-in. */
public class PasswordPage extends Page {

    public PasswordPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public boolean isShown() {
        return !all(org.openqa.selenium.By.id("password:newPassword")).isEmpty();
    }

    public void change(String current, String newPassword) {
        byId("password:current").sendKeys(current);
        byId("password:newPassword").sendKeys(newPassword);
        byId("password:repeated").sendKeys(newPassword);
        clickAndAwaitNewPage(byId("password:submit"));
    }
}
