package md.itpp.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

/**
 * Sends a caller who is not signed in from a protected page to the sign-in page, naming the page
 * in the address ({@code /login.xhtml?next=/objectives/list.xhtml}); the sign-in page goes there
 * after signing in ({@code LoginBean}).
 * <p>
 * The form mechanism would instead keep the whole request (its headers, cookies and
 * parameters) in a new HTTP session, to replay it after sign-in: a session for every request
 * anyone sends to any protected address, held for the session timeout (about 2 KB each; a
 * client asking for the home page in a loop made 38,000 of them in 20 seconds). Nothing is kept
 * here: the session begins at sign-in.
 * <p>
 * Called after {@link SignedInSession} (a higher priority number is called later), which has
 * already let a signed-in caller through; the API's requests never get here
 * ({@link ApiTokenMechanism}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 150)
public abstract class SignInRedirect implements HttpAuthenticationMechanism {

    /** The sign-in page, and its parameter naming the page to go to afterwards. */
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String NEXT = "next";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (context.isProtected() && !context.isAuthenticationRequest() && context.getCallerPrincipal() == null) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            String next = query == null ? page : page + "?" + query;
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?" + NEXT + "="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return delegate.validateRequest(request, response, context);
    }

    /**
     * The page a sign-in may go to next: an address of this application (a path beginning with
     * one slash, without a backslash, which browsers read as a slash, or a control character),
     * and not the sign-in page itself. Anything else gives null: nobody can make the sign-in
     * page send the user to another site.
     */
    public static String localTarget(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith(LOGIN_PAGE) || next.startsWith("/errors/")) {
            return null;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c == '\\' || c <= ' ' || c >= 0x7f) {
                return null;
            }
        }
        return next;
    }
}
