package md.itpp.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * ETags of versioned things, and the {@code If-Match} every write needs: the version it names
 * goes to the service, whose optimistic check makes exactly one of two racing writers win.
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The ETag of a view that shows more than the one versioned object it is about (a round with
     * its comments, a period with its reports, an approval record with its decisions): weak, the
     * object's version (or revision) followed by a digest of everything the view holds, so that
     * it changes when any of the parts does. The views are records of records, values and lists,
     * whose text form names every component.
     */
    static EntityTag tag(long version, Record view) {
        return new EntityTag(viewTag(version, view), true);
    }

    /** The value of {@link #tag(long, Record)}: the version, a hyphen, 16 hex digits of the digest. */
    static String viewTag(long version, Record view) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(view.toString().getBytes(StandardCharsets.UTF_8));
            return version + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The version named by the request's {@code If-Match}.
     *
     * @throws WebApplicationException 428 without the header, 412 when it names no version
     */
    static long expected(HttpHeaders headers) {
        Locale locale = ApiLocale.of(headers);
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problem.response(428, "precondition-required",
                    Problem.text(locale, "error.api.ifMatchRequired"), null));
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.response(Response.Status.PRECONDITION_FAILED.getStatusCode(),
                    "stale", Problem.text(locale, "error.api.ifMatchUnknown"), null));
        }
    }
}
