package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern TOTAL = Pattern.compile("id=\"list:result-count\"[^>]*>([^<]+)<");

    @TempDir
    Path work;

    @Test
    void servesLoginAndDemoDataAndKeepsDataAcrossRestart() throws Exception {
        int port = port();
        String base = "http://127.0.0.1:" + port;
        String dbUrl = "jdbc:h2:file:" + work.resolve("db/itpp");

        String firstList;
        Process micro = start(port, dbUrl, "first");
        try {
            long started = System.nanoTime();
            awaitReady(base, micro);
            System.out.printf("Quick start ready after %.1f s (since launch: see log), RSS %d MB%n",
                    (System.nanoTime() - started) / 1e9, rssMegabytes(micro));

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
        } finally {
            stop(micro);
        }

        Process again = start(port, dbUrl, "second");
        try {
            awaitReady(base, again);
            String secondList = loginAndReadList(base, "negotiator");
            assertTrue(secondList.contains("PG-BI-1.1"), "data survives a restart");
            assertEquals(total(firstList), total(secondList), "a restart neither loses nor re-seeds data");
        } finally {
            stop(again);
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

    private Process start(int port, String dbUrl, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("payara.micro.jar"),
                "--deploy", System.getProperty("quickstart.war"),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", System.getProperty("quickstart.preboot"),
                "--rootdir", work.resolve("micro-" + name).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Paths.get("target", "quickstart-" + name + ".log").toFile());
        builder.environment().put("ITPP_DB_URL", dbUrl);
        return builder.start();
    }

    private static void awaitReady(String base, Process micro) throws Exception {
        FacesHttp probe = new FacesHttp(base);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(micro.isAlive(), "Payara Micro exited early: see target/quickstart-*.log");
            try {
                if (probe.get("/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static long rssMegabytes(Process process) throws IOException {
        Path status = Paths.get("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst().orElse(-1L);
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(STACK_TRACE.matcher(body).find(), "no stack trace in the page");
    }

    /** {@code -Dquickstart.it.port}, or any free port when it is 0 (the default). */
    private static int port() throws IOException {
        int chosen = Integer.getInteger("quickstart.it.port", 0);
        if (chosen != 0) {
            return chosen;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
