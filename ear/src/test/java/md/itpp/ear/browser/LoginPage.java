package md.itpp.ear.browser;


import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        WebElement submit = byId("login:submit");
        submit.click();
        // A full-page POST: wait for the old page to go, then for the new one to finish loading.
        awaitGone(submit);
        awaitAjax();
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages, .ui-message, .ui-growl")).stream()
                .map(e -> e.getText()).reduce("", String::concat);
    }
}
