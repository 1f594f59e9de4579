package md.itpp.ear.browser;

import org.openqa.selenium.WebDriver;

/** The not-found, forbidden and error pages: a heading and a way back. */
public class ErrorPage extends Page {

    public ErrorPage(WebDriver driver, String base) {
        super(driver, base);
    }
}
