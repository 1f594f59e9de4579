package md.itpp.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * After a sign-in that was asked for by a protected page, the form mechanism replays that page's
 * saved request. On Payara 6 the replayed request reaches the page but not the EJB container as
 * the signed-in caller, so the page's services refuse it. This filter answers the replay with a
 * redirect to the same address, once: the browser's next request is an ordinary signed-in one.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PostLoginRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set by the login page when the mechanism is about to replay a saved request. */
    public static final String PENDING = PostLoginRedirectFilter.class.getName() + ".pending";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING) != null && request.getUserPrincipal() != null) {
            session.removeAttribute(PENDING);
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
