package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the quick-start WAR on Payara Micro exactly as the README's run command does (no
 * Hazelcast, no phone home, loopback only), signs in as the demo negotiator over plain HTTP,
 * reads the seeded objectives, then restarts on the same database and checks nothing was lost
 * or seeded twice. Prints the time to ready and the resident memory for the release notes.
 */
class QuickStartBootIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STACK_TRACE =
            Pattern.compile("(\\w+\\.)+\\w*(Exception|Error):|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|Caused by:");
    private static final Pattern TOTAL = Pattern.compile("id=\"list:result-count\"[^>]*>([^<]+)<");

    @TempDir
    Path work;

    @Test
    void servesLoginAndDemoDataAndKeepsDataAcrossRestart() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        String dbUrl = "jdbc:h2:file:" + work.resolve("db/itpp");

        String firstList;
        Process micro = start(port, dbUrl, "first");
        try {
            long started = System.nanoTime();
            awaitReady(base, micro);
            System.out.printf("Quick start ready after %.1f s (since launch: see log), RSS %d MB%n",
                    (System.nanoTime() - started) / 1e9, rssMegabytes(micro));

            HttpClient anonymous = client();
            HttpResponse<String> root = anonymous.send(get(base + "/"), HttpResponse.BodyHandlers.ofString());
            assertTrue(root.statusCode() == 302 || root.body().contains("type=\"password\""),
                    "the home page needs a login");

            HttpResponse<String> unknown = anonymous.send(get(base + "/no-such-page.xhtml"),
                    HttpResponse.BodyHandlers.ofString());
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

    private String loginAndReadList(String base, String username) throws Exception {
        HttpClient client = client();
        HttpResponse<String> login = client.send(get(base + "/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("type=\"password\""), "the login page has a password field");
        Matcher viewState = VIEW_STATE.matcher(login.body());
        assertTrue(viewState.find(), "the login page is a Faces form");

        Map<String, String> form = Map.of(
                "login", "login",
                "login:username", username,
                "login:password", DemoData.PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> afterLogin = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(afterLogin.statusCode() == 302 || afterLogin.statusCode() == 303,
                "a demo account signs in (got " + afterLogin.statusCode() + ")");

        HttpResponse<String> list = client.send(get(base + "/objectives/list.xhtml"),
                HttpResponse.BodyHandlers.ofString());
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
        HttpClient client = client();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(micro.isAlive(), "Payara Micro exited early: see target/quickstart-*.log");
            try {
                HttpResponse<String> response = client.send(get(base + "/login.xhtml"),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
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

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: the session cookie is Secure, and
     * browsers send Secure cookies to loopback addresses over plain http, which Java's
     * CookieManager never does. So cookies are looked up as if the address were https.
     */
    static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            URI lookup = "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost())
                    ? URI.create("https" + uri.toString().substring(4)) : uri;
            return super.get(lookup, requestHeaders);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
