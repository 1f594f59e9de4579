package md.itpp.ear.api;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import md.itpp.testkit.FacesHttp;

/**
 * A program using the API: it holds a personal token, made the way a user makes one (signed in
 * on the "API tokens" page), and sends it as a bearer token, with no cookie at all.
 */
final class ApiClient {

    static final String PASSWORD = "itpp-demo-2025";
    private static final Pattern SECRET = Pattern.compile("<input[^>]*id=\"secret\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"(itpp_[^\"]+)\"");

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    String token() {
        return token;
    }

    /** Signs in as the user through the login form and makes a token on the tokens page. */
    static ApiClient forUser(String base, String username, String tokenName) throws IOException, InterruptedException {
        FacesHttp browser = new FacesHttp(base);
        if (!FacesHttp.signedIn(browser.login(username, PASSWORD))) {
            throw new AssertionError(username + " could not sign in");
        }
        return new ApiClient(base, createToken(browser, tokenName, LocalDate.now().plusDays(30)));
    }

    /** Makes a token on the page; returns the secret shown once. */
    static String createToken(FacesHttp browser, String name, LocalDate expiry) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.get("/account/tokens.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("tokens page answered " + page.statusCode());
        }
        Map<String, String> form = FacesHttp.hiddenFields(page.body(), "create");
        form.put("create", "create");
        form.put("create:name", name);
        form.put("create:expires_input", expiry.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        form.put("create:submit", "");
        HttpResponse<String> created = browser.post("/account/tokens.xhtml", form);
        Matcher input = SECRET.matcher(created.body());
        if (!input.find()) {
            throw new AssertionError("no token shown: HTTP " + created.statusCode());
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("no token value in " + input.group());
        }
        return value.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return send(request(path).header("Accept-Language", language).GET());
    }

    HttpResponse<String> postJson(String path, String json, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    HttpResponse<String> putJson(String path, String json, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** A request without following redirects, e.g. of a page with only the token. */
    HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", "text/html").GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
