package md.itpp.ear.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey through the deployed application: Arquillian deploys what the class's
 * {@code @Deployment(testable = false)} method returns (the tests run as clients), and each test
 * gets a fresh headless Chromium in its {@link BrowserSession} field (or parameter), quit after
 * the test whatever its outcome.
 * <pre>
 * &#64;BrowserJourney
 * class SomeIT {
 *     &#64;Deployment(testable = false)
 *     static EnterpriseArchive deployment() {
 *         return Deployments.releaseEarWithDemoData();
 *     }
 *
 *     private BrowserSession chromium;
 *
 *     &#64;Test
 *     void aJourney() {
 *         chromium.signIn("negotiator");
 *         ObjectivesListPage list = ObjectivesListPage.open(chromium.driver(), chromium.base());
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserJourney {
}
