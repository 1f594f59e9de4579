package md.itpp.ear.browser;

import org.openqa.selenium.WebDriver;

/** The home page after sign-in. */
public class HomePage extends Page {

    public HomePage(WebDriver driver, String base) {
        super(driver, base);
    }
}
