package md.itpp.web.api;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
}
