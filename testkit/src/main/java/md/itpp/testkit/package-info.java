/**
 * What the tests of several modules share: {@link md.itpp.testkit.FacesHttp}, one HTTP client
 * for Faces forms on loopback addresses, and {@link md.itpp.testkit.ObjectiveFixture}, the
 * objectives the service tests draft. The browser plumbing (Chromium, page objects, the JUnit
 * extension of the browser journeys) lives with the browser tests in the EAR module.
 */
package md.itpp.testkit;
