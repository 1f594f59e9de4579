package md.itpp.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The client against a small server on 127.0.0.1 that answers as the application does: a
 * Secure session cookie, a {@code __Host-} token, a Faces form with its view state and a CSP
 * nonce on the page's script. Port: {@code -Dtestkit.http.port} (0, the default, takes any).
 */
class FacesHttpTest {

    private static final String PAGE = "<html><head><script nonce=\"n0nce+/=\">PrimeFaces.csp.init('x');</script>"
            + "</head><body><form id=\"other\"><input type=\"hidden\" name=\"other\" value=\"1\"/></form>"
            + "<form id=\"login\" name=\"login\" method=\"post\">"
            + "<input id=\"login:username\" type=\"text\" name=\"login:username\"/>"
            + "<input type=\"hidden\" name=\"login\" value=\"login\"/>"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\""
            + " value=\"-123:456&amp;7\" autocomplete=\"off\"/></form></body></html>";

    private HttpServer server;
    private final List<String> cookiesReceived = new ArrayList<>();
    private final List<String> bodiesReceived = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.getInteger("testkit.http.port", 0)), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        cookiesReceived.add(exchange.getRequestHeaders().getFirst("Cookie"));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if ("POST".equals(exchange.getRequestMethod())) {
            bodiesReceived.add(new String(body, UTF_8));
            exchange.getResponseHeaders().add("Location", "/index.xhtml");
            exchange.getResponseHeaders().add("Set-Cookie", "__Host-itpp-token=t0k; Path=/; Secure; HttpOnly");
            exchange.sendResponseHeaders(302, -1);
        } else {
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s1; Path=/; Secure; HttpOnly; SameSite=Strict");
            byte[] page = PAGE.getBytes(UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        }
        exchange.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void postsTheFormWithItsHiddenFieldsTheNonceAndTheSecureCookies() {
        FacesHttp http = new FacesHttp(base());

        HttpResponse<String> login = http.login("negotiator", "pass word&");

        assertTrue(FacesHttp.signedIn(login), "a redirect after the post");
        assertEquals("s1", http.sessionId());
        Map<String, String> sent = decode(bodiesReceived.get(0));
        assertEquals("-123:456&7", sent.get("jakarta.faces.ViewState"), "unescaped from the page, encoded in the post");
        assertEquals("n0nce+/=", sent.get("primefaces.nonce"), "the script's nonce, as PrimeFaces adds it");
        assertEquals("pass word&", sent.get("login:password"));
        assertFalse(sent.containsKey("other"), "only the named form's fields");
        assertEquals("JSESSIONID=s1", cookiesReceived.get(1), "the Secure session cookie goes back over http");

        http.get("/index.xhtml");
        assertEquals("JSESSIONID=s1; __Host-itpp-token=t0k", cookiesReceived.get(2));
    }

    @Test
    void aReplayedSessionIdReplacesTheCookie() {
        FacesHttp http = new FacesHttp(base());
        http.get("login.xhtml");
        http.useSessionId("stolen");
        http.get("login.xhtml");
        assertEquals("JSESSIONID=stolen", cookiesReceived.get(1));
    }

    @Test
    void aBodyBuiltByHandIsSentAsItIs() {
        FacesHttp http = new FacesHttp(base());
        String hidden = FacesHttp.encodedHiddenFields(http.get("/login.xhtml").body(), "login");
        http.postEncoded("/login.xhtml", "q=%FF%00&" + hidden, "Faces-Request", "partial/ajax");
        assertTrue(bodiesReceived.get(0).startsWith("q=%FF%00&login=login&jakarta.faces.ViewState="),
                bodiesReceived.get(0));
    }

    @Test
    void onlyLoopbackAddressesAndExistingFormsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new FacesHttp("http://example.org/"));
        assertThrows(AssertionError.class, () -> FacesHttp.hiddenFields(PAGE, "missing"));
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], UTF_8), URLDecoder.decode(kv[1], UTF_8));
        }
        return fields;
    }
}
