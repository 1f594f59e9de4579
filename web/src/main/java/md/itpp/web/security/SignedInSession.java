package md.itpp.web.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

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
import jakarta.servlet.http.HttpSession;

/**
 * Re-establishes a signed-in caller on each request from the session, with the caller's roles.
 * <p>
 * The form mechanism's own session support hands the container only the caller's name and
 * lets Payara find the roles in the security context of the thread; under load that lookup
 * sometimes comes back empty and a signed-in user gets 403 on a page they may see (Payara
 * issue 6145: about 2 % of the objectives list's requests at 50 concurrent sessions, see
 * bench/README.md). Here the name and the roles are kept in the session at sign-in and given
 * to the container together on every later request.
 * <p>
 * Runs inside any other decorator of the mechanism (a higher priority number is called
 * later), so checks made there still see every request. The session is invalidated at sign-out
 * ({@code CurrentUser}), which removes what is kept here.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 100)
public abstract class SignedInSession implements HttpAuthenticationMechanism {

    /** Session attribute holding the {@link Caller}. */
    static final String CALLER = SignedInSession.class.getName() + ".caller";

    /** Who signed in on this session, and with which roles. */
    record Caller(String name, Set<String> groups) implements Serializable {

        Caller {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(CALLER);
        if (known instanceof Caller caller && !context.isAuthenticationRequest()) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        AuthenticationStatus status = delegate.validateRequest(request, response, context);
        Principal principal = context.getCallerPrincipal();
        if (status == AuthenticationStatus.SUCCESS && principal != null) {
            request.getSession().setAttribute(CALLER, new Caller(principal.getName(), context.getGroups()));
        }
        return status;
    }
}
