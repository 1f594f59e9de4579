package md.itpp.ear.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in form. */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static LoginPage open(WebDriver driver, String base) {
        LoginPage page = new LoginPage(driver, base);
        page.open("login.xhtml");
        return page;
    }

    public boolean isShown() {
        return !all(By.id("login:password")).isEmpty();
    }

    /** Fills and sends the form; the browser then shows wherever the application sends it. */
    public void signIn(String username, String password) {
        byId("login:username").clear();
        byId("login:username").sendKeys(username);
        byId("login:password").sendKeys(password);
        clickAndAwaitNewPage(byId("login:submit"));
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages, .ui-message, .ui-growl")).stream()
                .map(e -> e.getText()).reduce("", String::concat);
    }
}
