package md.itpp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

/**
 * One browser session over plain HTTP against the application on a loopback address, for tests
 * that send what a browser would not (or must see each response exactly as the server sent it).
 * <ul>
 * <li>Cookies are kept as a browser keeps them for {@code http://127.0.0.1} and
 * {@code http://localhost}: every cookie the server sets, {@code Secure} and {@code __Host-}
 * ones included, goes back with each request. Java's CookieManager never sends a Secure cookie
 * over http, which browsers do for loopback addresses; only loopback addresses are accepted.</li>
 * <li>Forms are posted with their hidden fields (the view state) and PrimeFaces' CSP nonce,
 * which PrimeFaces' script adds to every post in a browser and without which a postback fails.</li>
 * <li>Redirects are not followed.</li>
 * </ul>
 */
public final class FacesHttp {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern FORM_START = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A new session (no cookies) against {@code base}, e.g. {@code http://127.0.0.1:28080/}. */
    public FacesHttp(String base) {
        this(base, null);
    }

    /**
     * A new session against {@code base} over https on a loopback address (e.g. the production
     * cluster's balancer), trusting what {@code tls} trusts; {@code null} for plain http.
     */
    public FacesHttp(String base, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
        String host = URI.create(base).getHost();
        if (!LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("tests talk to loopback addresses only: " + base);
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    // ---- requests ---------------------------------------------------------------------------

    /** GET of a path below the base ({@code /login.xhtml} or {@code login.xhtml}). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POST of a form, URL-encoded from the given fields. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return postEncoded(path, encode(form));
    }

    /**
     * POST of a body that is already URL-encoded, sent as given: for bytes no browser would
     * send. {@code headers} are name, value pairs (e.g. {@code Faces-Request, partial/ajax}).
     */
    public HttpResponse<String> postEncoded(String path, String encodedBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedBody));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Opens the page, fills form {@code formId} with its hidden fields, the nonce and
     * {@code fields}, and posts it back as a full-page post.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        Map<String, String> form = formFields(path, formId);
        form.putAll(fields);
        return post(path, form);
    }

    /** The hidden fields of form {@code formId} of the page at {@code path}, with the nonce. */
    public Map<String, String> formFields(String path, String formId) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return hiddenFields(page.body(), formId);
    }

    /** Signs in through the login form; returns the login POST's response. */
    public HttpResponse<String> login(String username, String password) {
        return submit("/login.xhtml", "login", Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", ""));
    }

    /** Whether a login POST signed in: the login form redirects, a refusal shows the form again. */
    public static boolean signedIn(HttpResponse<String> loginResponse) {
        return loginResponse.statusCode() == 302 || loginResponse.statusCode() == 303;
    }

    // ---- cookies ----------------------------------------------------------------------------

    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    /** Replaces this session's id cookie, as an attacker replaying a stolen id would. */
    public void useSessionId(String id) {
        cookies.put("JSESSIONID", id);
    }

    /** The value of a cookie this session holds. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    // ---- reading responses ------------------------------------------------------------------

    /**
     * The hidden inputs of the form with this id (view state, client window...) and, when the
     * page carries one, PrimeFaces' CSP nonce as {@code primefaces.nonce}, as its script adds it.
     */
    public static Map<String, String> hiddenFields(String html, String formId) {
        String form = form(html, formId);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        Matcher nonce = NONCE.matcher(html);
        if (!fields.containsKey("primefaces.nonce") && nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    /** The fields of {@link #hiddenFields}, URL-encoded, to append to a body built by hand. */
    public static String encodedHiddenFields(String html, String formId) {
        return encode(hiddenFields(html, formId));
    }

    public static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    public static List<String> headers(HttpResponse<?> response, String name) {
        return response.headers().allValues(name);
    }

    // ---- plumbing ---------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private static String form(String html, String formId) {
        Matcher start = FORM_START.matcher(html);
        while (start.find()) {
            if (start.group(1).equals(formId)) {
                int end = html.indexOf("</form>", start.start());
                return html.substring(start.start(), end < 0 ? html.length() : end);
            }
        }
        throw new AssertionError("no form " + formId + " in the page");
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    /** A form's fields URL-encoded, as a browser posts them. */
    public static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
