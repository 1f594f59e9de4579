package md.itpp.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.persistence.account.ApiTokenService;
import md.itpp.persistence.account.SignInThrottle;
import md.itpp.web.api.ApiLocale;
import md.itpp.web.api.Problem;

/**
 * The API's authentication: a request under {@code /api/} is authenticated by its bearer token
 * alone, never by a session (a session cookie opens no API door, so there is no cross-site
 * request to forge), and a page is never authenticated by a token (the form mechanism
 * underneath ignores the header). A refused token answers 401 with a problem detail; failures
 * from one address are throttled like sign-in failures ({@link SignInThrottle}, counted in the database for every node).
 * <p>
 * Outermost of the mechanism's decorators (the lowest priority number is called first), so that
 * API requests never reach the session handling of {@link SignedInSession}.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 50)
public abstract class ApiTokenMechanism implements HttpAuthenticationMechanism {

    /** Where the API lives, below the context root. */
    public static final String API_PATH = "/api/";
    /** The throttle's user name for token failures: they count against the address. */
    static final String THROTTLE_NAME = "api-token";
    private static final String BEARER = "Bearer ";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return delegate.validateRequest(request, response, context);
        }
        String address = request.getRemoteAddr();
        if (throttle.isLocked(THROTTLE_NAME, address)) {
            return refuse(request, response, 429, "error.api.throttled");
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(request, response, 401, "error.api.tokenRequired");
        }
        Optional<ApiTokenService.TokenCaller> caller = tokens.authenticate(header.substring(BEARER.length()).strip(), address);
        if (caller.isEmpty()) {
            throttle.failed(THROTTLE_NAME, address);
            return refuse(request, response, 401, "error.api.tokenRefused");
        }
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               int status, String key) {
        Locale locale = ApiLocale.of(Collections.list(request.getLocales()));
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"itpp\"");
        }
        response.setHeader("Cache-Control", "no-store");
        try {
            Problem.write(response, status, status == 429 ? "throttled" : "unauthorized", locale, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
