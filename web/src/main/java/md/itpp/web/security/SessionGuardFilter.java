package md.itpp.web.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import md.itpp.persistence.account.SessionCheck;
import md.itpp.persistence.account.SessionStatus;
import md.itpp.persistence.audit.AuditTrail;

/**
 * Ends signed-in sessions that must not go on, at their next page request:
 * <ul>
 * <li>twelve hours after sign-in, however active ({@link #ABSOLUTE_TIMEOUT}; the idle timeout of
 *     30 minutes is web.xml's session-timeout);</li>
 * <li>when an administrator deactivated the account or ended its sessions (asked of the database
 *     through {@link SessionCheck}, so it holds on every node);</li>
 * <li>when the request does not carry the session's {@link SessionToken}.</li>
 * </ul>
 * A user whose password was reset by an administrator can open only the change-password page.
 * Static files are not checked: they hold no programme content.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the {@link Instant} the session signed in (set by the login page). */
    public static final String SIGNED_IN_AT = SessionGuardFilter.class.getName() + ".signedInAt";
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);
    public static final String CHANGE_PASSWORD_PAGE = "/account/password.xhtml";
    /** Audit action when a session is ended here. */
    public static final String SESSION_ENDED = "session.ended";

    @Inject
    private SessionCheck sessionCheck;

    @Inject
    private AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpSession session = request.getSession(false);
        // The API is authenticated by its token alone (ApiTokenMechanism): a session cookie sent
        // along is neither used nor checked there.
        if (session == null || request.getUserPrincipal() == null || isStatic(path)
                || path.startsWith(ApiTokenMechanism.API_PATH)) {
            chain.doFilter(request, response);
            return;
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            signedInAt = Instant.ofEpochMilli(session.getCreationTime());
            session.setAttribute(SIGNED_IN_AT, signedInAt);
        }
        String username = request.getUserPrincipal().getName();
        if (!SessionToken.matches(request, session)) {
            // The session id without its token: guessed, stolen from a log, or fixed beforehand.
            end(request, response, session, username, "tokenMismatch");
            return;
        }
        if (Instant.now().isAfter(signedInAt.plus(ABSOLUTE_TIMEOUT))) {
            end(request, response, session, username, "absoluteTimeout");
            return;
        }
        SessionStatus status = sessionCheck.status(signedInAt);
        if (status == SessionStatus.ENDED) {
            end(request, response, session, username, "revoked");
            return;
        }
        if (status == SessionStatus.PASSWORD_CHANGE_REQUIRED && !CHANGE_PASSWORD_PAGE.equals(path)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                     String username, String reason) throws IOException {
        auditTrail.record(username, SESSION_ENDED, "Account", username, null,
                md.itpp.persistence.audit.AuditJson.object("reason", reason));
        try {
            request.logout();
        } catch (ServletException e) {
            // Invalidating the session below signs the caller out all the same.
        }
        session.invalidate();
        SessionToken.clear(response);
        response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || "/favicon.ico".equals(path);
    }
}
