package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import md.itpp.testkit.FacesHttp;

/**
 * Boots the quick-start WAR on Payara Micro exactly as the README's run command does (no
 * Hazelcast, no phone home, loopback only), signs in as the demo negotiator over plain HTTP,
 * reads the seeded objectives, then restarts on the same database and checks nothing was lost
 * or seeded twice. Prints the time to ready and the resident memory for the release notes.
 */
class QuickStartBootIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(360);
    private static final Pattern STACK_TRACE =
            Pattern.compile("(\\w+\\.)+\\w*(Exception|Error):|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|Caused by:");
    private static final Pattern TOTAL = Pattern.compile("id=\"result-count\"[^>]*>([^<]+)<");

    @TempDir
    Path work;

    @Test
    void servesLoginAndDemoDataAndKeepsDataAcrossRestart() throws Exception {
        int port = MicroServer.port();
        Map<String, String> database = Map.of("ITPP_DB_URL", "jdbc:h2:file:" + work.resolve("db/itpp"));

        String firstList;
        try (MicroServer micro = MicroServer.start("quickstart-first", work, port, List.of(), database)) {
            double seconds = micro.awaitReady(READY_TIMEOUT);
            System.out.printf("Quick start ready after %.1f s (since launch: see log), RSS %d MB%n",
                    seconds, micro.rssMegabytes());
            String base = micro.base();

            FacesHttp anonymous = new FacesHttp(base);
            HttpResponse<String> root = anonymous.get("/");
            assertTrue(root.statusCode() == 302 || root.body().contains("type=\"password\""),
                    "the home page needs a login");

            HttpResponse<String> unknown = anonymous.get("/no-such-page.xhtml");
            assertEquals(404, unknown.statusCode());
            assertNoStackTrace(unknown.body());

            firstList = loginAndReadList(base, "negotiator");
            assertTrue(firstList.contains("PG-BI-1.1"), "the first seeded goal (by code) is listed");
            assertTrue(total(firstList).contains("33"), "11 strategic objectives and 22 goals: " + total(firstList));
        }

        try (MicroServer again = MicroServer.start("quickstart-second", work, port, List.of(), database)) {
            again.awaitReady(READY_TIMEOUT);
            String secondList = loginAndReadList(again.base(), "negotiator");
            assertTrue(secondList.contains("PG-BI-1.1"), "data survives a restart");
            assertEquals(total(firstList), total(secondList), "a restart neither loses nor re-seeds data");
        }
    }

    private String loginAndReadList(String base, String username) {
        FacesHttp browser = new FacesHttp(base);
        HttpResponse<String> login = browser.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("type=\"password\""), "the login page has a password field");

        HttpResponse<String> afterLogin = browser.login(username, DemoData.PASSWORD);
        assertTrue(FacesHttp.signedIn(afterLogin), "a demo account signs in (got " + afterLogin.statusCode() + ")");

        HttpResponse<String> list = browser.get("/objectives/list.xhtml");
        assertEquals(200, list.statusCode());
        assertNoStackTrace(list.body());
        return list.body();
    }

    private static String total(String page) {
        Matcher m = TOTAL.matcher(page);
        assertTrue(m.find(), "the list shows its total");
        return m.group(1);
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(STACK_TRACE.matcher(body).find(), "no stack trace in the page");
    }
}
