package md.itpp.web.operations;

import java.io.IOException;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Times every page request for {@link WorkbenchMetrics}. Only pages that answered (not a 404),
 * so that invented paths cannot add series to the registry.
 */
@WebFilter(filterName = "PageTimingFilter", urlPatterns = "*.xhtml")
public class PageTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkbenchMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() != HttpServletResponse.SC_NOT_FOUND) {
                metrics.pageServed(request.getServletPath(), Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }
}
