package md.itpp.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a state-changing request that a page of another site made the browser send
 * (cross-site request forgery), from the headers browsers add to every such request and that a
 * page cannot forge: {@code Sec-Fetch-Site} when the browser sends it (only {@code same-origin}
 * and {@code none}, a request the user made, pass), else {@code Origin} (its host and port must
 * be those the request was sent to). A request with neither comes from no browser page (a
 * script, a test client) and has no victim's cookies to abuse.
 * <p>
 * The signed-in pages' own forms also carry the id of their server-side view state, which no
 * other site can know; the public pages (sign-in, language) and the signed-in pages read with GET
 * (their sign-out and language posts) are stateless views without one ({@code StatelessViews}), so
 * this check and the {@code SameSite=Strict} session cookie are what keep another site from
 * signing a visitor in to an account of its choosing, or a user out.
 * The API is left out: it is authenticated by its bearer token alone, which a browser never adds
 * on its own.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String FORBIDDEN_PAGE = "/errors/forbidden.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE_METHODS.contains(request.getMethod()) || path.startsWith(ApiTokenMechanism.API_PATH)
                || fromThisSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                        request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        // The forbidden page, shown as for a GET: as an error dispatch of the post, Faces would
        // take it for a post of that page's form and PrimeFaces would refuse it (no script nonce).
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(FORBIDDEN_PAGE).forward(new Refused(request), response);
    }

    /** The refused request as the forbidden page sees it: a GET without parameters. */
    private static final class Refused extends HttpServletRequestWrapper {

        Refused(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /**
     * Whether a request with these headers was sent by this site's own pages (or by no page).
     * The host is compared, not the scheme: behind the cluster's balancer, which ends TLS, the
     * server sees http where the browser's origin says https.
     */
    static boolean fromThisSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return OWN_FETCH_SITES.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        if (origin == null) {
            return true;
        }
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || withoutDefaultPort(host, uri).equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "example.org:443" for an https origin is "example.org". */
    private static String withoutDefaultPort(String host, URI origin) {
        String defaultPort = "https".equals(origin.getScheme()) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }
}
