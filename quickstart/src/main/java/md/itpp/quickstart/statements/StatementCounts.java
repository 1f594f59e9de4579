package md.itpp.quickstart.statements;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts each request's statements when {@link StatementCounter} is installed, from before the
 * first filter to after the response (security checks, menu, page and template alike), and
 * answers {@code GET /statement-counts?path=/x.xhtml} with the count of the last request to
 * that path. Without the inspector nothing is counted and the counts answer 404, so a quick
 * start run without it shows nothing of this.
 */
@WebServlet(StatementCounts.PATH)
public class StatementCounts extends HttpServlet {

    static final String PATH = "/statement-counts";

    private static final long serialVersionUID = 1L;
    private static final Map<String, Long> LAST = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long count = StatementCounter.installed() ? LAST.get(String.valueOf(request.getParameter("path"))) : null;
        if (count == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(count);
    }

    /** Starts and stops the count around every request but the counts' own. */
    @WebListener
    public static class Listener implements ServletRequestListener {

        @Override
        public void requestInitialized(ServletRequestEvent event) {
            if (StatementCounter.installed()) {
                StatementCounter.start();
            }
        }

        @Override
        public void requestDestroyed(ServletRequestEvent event) {
            if (StatementCounter.installed() && event.getServletRequest() instanceof HttpServletRequest http) {
                long count = StatementCounter.stop();
                String path = http.getRequestURI().substring(http.getContextPath().length());
                if (!PATH.equals(path)) {
                    LAST.put(path, count);
                }
            }
        }
    }
}
