package md.itpp.ear.browser;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.ear.services.MonitoringProbe;

/**
 * Test only, added to the web module of {@link MonitoringPeriodIT}'s deployment: what a browser
 * journey cannot do through pages without taking minutes. {@code ?step=prepare} drops the
 * {@value MonitoringPeriodIT#YEAR} period (other test classes use that year too) and makes sure
 * the journey's approved objectives exist (the approval chain has its own journey);
 * {@code ?step=settle} accepts the period's reports on every other objective, so that the
 * period can close when the journey's are accepted.
 */
@WebServlet("/test/monitoring-fixture")
public class MonitoringFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MonitoringProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String step = request.getParameter("step");
        if ("prepare".equals(step)) {
            probe.dropPeriod(MonitoringPeriodIT.YEAR);
            probe.ensureApprovedObjectiveWithGoal(MonitoringPeriodIT.STRATEGIC, "EDU", "MA", List.of("MAI"));
        } else if ("settle".equals(step)) {
            probe.acceptReportsBut(MonitoringPeriodIT.YEAR, Set.of(MonitoringPeriodIT.STRATEGIC, MonitoringPeriodIT.GOAL));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write("done " + step);
    }
}
