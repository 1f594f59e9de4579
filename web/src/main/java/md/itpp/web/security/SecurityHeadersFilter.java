package md.itpp.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Browser protections on every response, error pages and static files included (hence the
 * ERROR and FORWARD dispatches). The login mechanism's own redirects do not pass through
 * filters; they carry no content.
 * <p>
 * Content-Security-Policy: Faces pages get PrimeFaces' policy with a fresh script nonce
 * (primefaces.CSP in web.xml). Every other response gets {@link #STATIC_POLICY}, which allows no
 * script at all. So that a page never carries two policies (browsers would enforce both, and
 * this one would block the nonce'd scripts), PrimeFaces' header replaces this one.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CSP = "Content-Security-Policy";
    /** For responses that PrimeFaces does not render: files, and errors before Faces runs. */
    public static final String STATIC_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self';"
            + " font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** The API page (Swagger UI, served by the application): its own scripts, and calls to this server. */
    public static final String API_DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";
    private static final String API_DOCS_PATH = "/api-docs/";

    /** Faces serves theme, script and stylesheet files under this path: those may be cached. */
    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP, request.getRequestURI().startsWith(request.getContextPath() + API_DOCS_PATH)
                ? API_DOCS_POLICY : STATIC_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_PATH)) {
            // Programme content must not stay in the browser's cache after signing out.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new SinglePolicy(response));
    }

    /** Lets a later Content-Security-Policy replace the one set here instead of adding a second. */
    private static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
