package md.itpp.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import md.itpp.web.i18n.Messages;

/**
 * An RFC 9457 problem detail: {@code type} names the kind of failure (a stable URI of this
 * API), {@code title} says it in the caller's language, {@code status} repeats the HTTP status.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    /** Problem types are URIs relative to the API: {@code /api/v1/problems/not-found}. */
    static final String TYPE_BASE = ApiApplication.ROOT + "/problems/";
    /** The same JSON binding the REST layer writes problems with (Jsonb is thread-safe). */
    private static final Jsonb JSON = JsonbBuilder.create();

    /** A response with this problem, its title from the bundle key in the caller's language. */
    static Response response(Response.Status status, String type, Locale locale, String key, Object... arguments) {
        return response(status.getStatusCode(), type, text(locale, key, arguments), null);
    }

    static Response response(int status, String type, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, null))
                .build();
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return arguments.length == 0 ? bundle.getString(key)
                : new java.text.MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * Writes the problem straight to a servlet response, for the refusals made before a request
     * reaches the REST layer (the token check), so that they read exactly like the others.
     */
    public static void write(HttpServletResponse response, int status, String type, Locale locale, String key)
            throws IOException {
        Problem problem = new Problem(TYPE_BASE + type, text(locale, key), status, null, null);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.toJson(problem, response.getWriter());
    }
}
