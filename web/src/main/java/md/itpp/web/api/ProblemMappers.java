package md.itpp.web.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import md.itpp.domain.BusinessException;
import md.itpp.domain.ConcurrentChangeException;
import md.itpp.domain.NotFound;
import md.itpp.domain.ValidationException;
import md.itpp.web.i18n.Messages;

/**
 * Every failure of an API call as a problem detail in the caller's language: what the domain
 * refused (its own translated message), a role the caller lacks, a malformed request, and
 * anything unexpected (logged with an id the answer carries, never with internals).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Refusals of the domain: not found (also for objects the caller may not see), invalid, stale, or not now. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {

        @Context
        private HttpHeaders headers;

        Business withHeaders(HttpHeaders requestHeaders) {
            this.headers = requestHeaders;
            return this;
        }

        @Override
        public Response toResponse(BusinessException exception) {
            java.util.Locale locale = ApiLocale.of(headers);
            String title = Messages.describe(java.util.ResourceBundle.getBundle(Messages.BUNDLE, locale), exception);
            Refusal refusal = Refusal.of(exception);
            return Problem.response(refusal.status, refusal.type, title, null);
        }
    }

    /** How the API answers a refusal of the domain: its status and problem type. */
    enum Refusal {
        /** A missing object, or one the caller may not see: the same answer, so nothing is revealed. */
        NOT_FOUND(404, "not-found"),
        INVALID(400, "invalid"),
        /** The If-Match version is no longer current, or a concurrent write won. */
        STALE(412, "stale"),
        /** Not possible now, in this state, or for this caller. */
        REFUSED(409, "refused");

        final int status;
        final String type;

        Refusal(int status, String type) {
            this.status = status;
            this.type = type;
        }

        static Refusal of(BusinessException exception) {
            if (exception instanceof NotFound) {
                return NOT_FOUND;
            }
            if (exception instanceof ValidationException) {
                return INVALID;
            }
            if (exception instanceof ConcurrentChangeException) {
                return STALE;
            }
            return REFUSED;
        }
    }

    /** A service refused the caller's role. */
    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN, "forbidden", ApiLocale.of(headers), "error.api.forbidden");
        }
    }

    /** Unknown paths, wrong methods or media types, unreadable bodies and parameters. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            if (original.hasEntity() && Problem.MEDIA_TYPE.isCompatible(original.getMediaType())) {
                return original;
            }
            int status = original.getStatus();
            java.util.Locale locale = ApiLocale.of(headers);
            if (status == 404) {
                return Problem.response(404, "not-found", Problem.text(locale, "error.notFound"), null);
            }
            Response.StatusType type = original.getStatusInfo();
            return Problem.response(status, "http-" + status,
                    Problem.text(locale, "error.api.request", status, type.getReasonPhrase()), null);
        }
    }

    /** Anything else: a 500 that names an id to find in the server log, and nothing of the cause. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof BusinessException business) {
                    return new Business().withHeaders(headers).toResponse(business);
                }
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API call failed, problem id " + id, exception);
            return Problem.response(500, "unexpected",
                    Problem.text(ApiLocale.of(headers), "error.api.unexpected", id), null);
        }
    }
}
