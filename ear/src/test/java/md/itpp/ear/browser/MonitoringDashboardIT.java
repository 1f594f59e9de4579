package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import md.itpp.ear.Deployments;

/**
 * The monitoring dashboard on the demo's 2025 period in headless Chromium (axe-core checks
 * every page loaded): progress by area and institution, the reports outstanding and overdue,
 * the milestone at risk, the trend as a chart with an accessible name and as a table; reached
 * from the periods page by a negotiator and an auditor, refused to a consultee. The inboxes
 * show the overdue reports to the institution and the submitted one to the negotiators.
 */
@BrowserJourney
class MonitoringDashboardIT {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    /** The demo period's id, from the link on the periods page. */
    private String demoPeriodId() {
        chromium.driver().get(chromium.base() + "monitoring/periods.xhtml");
        String href = chromium.driver().findElement(By.linkText("2025 annual report")).getAttribute("href");
        Matcher m = ID.matcher(href);
        assertTrue(m.find(), href);
        return m.group(1);
    }

    @Test
    void theMinistrySeesProgressOutstandingReportsRisksAndTheTrend() {
        chromium.signIn("negotiator");
        String period = demoPeriodId();
        assertFalse(chromium.driver().findElements(By.cssSelector("a#dashboard")).isEmpty(),
                "the periods page links to the dashboard");
        MonitoringDashboardPage page = MonitoringDashboardPage.open(chromium.driver(), chromium.base(), period);
        page.checkAccessibility();
        assertEquals("Monitoring dashboard", page.heading());

        // Interoperability: one report submitted (two milestones done of three: 100, 50, 0 and
        // the indicator at 1), one returned, one in draft: some progress, not none.
        String area = page.row("areas", "INT ");
        assertTrue(area.matches("(?s)INT .*\\d+\\.\\d %"), area);
        // The Ministry of Defence reports on all three; two are not submitted and, the 25 December
        // 2025 deadline being past, overdue.
        String defence = page.row("institutions", "MA ");
        assertTrue(defence.matches("(?s)MA .*%\\s+3\\s+2\\s+2\\s+1\\s+0"), defence);
        // The returned goal's second milestone is at risk, with the institution's comment.
        String risk = page.row("attention", "PG-INT-1.2");
        assertTrue(risk.contains("At risk") && risk.contains("Funding late"), risk);
        // The trend: a chart with an accessible name, and the same figures in a table.
        assertTrue(page.chartLabel().startsWith("Line chart of the share of reports submitted"), page.chartLabel());
        assertEquals("Trend across reporting periods, oldest first", page.caption("trend"));
        String trend = page.row("trend", "2025 annual report");
        assertTrue(trend.matches("(?s)2025 annual report.*\\s3\\s+33\\.3 %\\s+2\\s+1\\s+\\d+\\.\\d %"), trend);

        chromium.signIn("auditor");
        MonitoringDashboardPage audited = MonitoringDashboardPage.open(chromium.driver(), chromium.base(), period);
        assertEquals("Monitoring dashboard", audited.heading());

        chromium.signIn("focal.ma");
        chromium.driver().get(chromium.base() + "monitoring/periods.xhtml");
        assertTrue(chromium.driver().findElements(By.cssSelector("a#dashboard")).isEmpty(),
                "no dashboard link for a consultee");
        MonitoringDashboardPage refused = MonitoringDashboardPage.open(chromium.driver(), chromium.base(), period);
        assertFalse(refused.heading().equals("Monitoring dashboard"), "a consultee is refused: " + refused.heading());
    }

    @Test
    void overdueReportsWaitInTheInstitutionsInboxSubmittedOnesInTheNegotiators() {
        chromium.signIn("expert.ma");
        chromium.driver().get(chromium.base() + "tasks/inbox.xhtml");
        // Other test classes may have opened later periods on the same objectives: the demo's rows only.
        List<String> rows = textsOf("tr.report-task-row").stream().filter(r -> r.contains("2025 annual report")).toList();
        String strategic = rows.stream().filter(r -> r.contains("SO-INT-1")).findFirst().orElse("");
        assertTrue(strategic.contains("Overdue"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("PG-INT-1.2") && r.contains("Overdue")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("PG-INT-1.1")), "the submitted one is not the institution's task");

        chromium.signIn("negotiator");
        chromium.driver().get(chromium.base() + "tasks/inbox.xhtml");
        List<String> review = textsOf("tr.report-task-row").stream().filter(r -> r.contains("2025 annual report"))
                .toList();
        assertTrue(review.stream().anyMatch(r -> r.contains("PG-INT-1.1") && r.contains("Submitted")), review.toString());
        assertTrue(review.stream().noneMatch(r -> r.contains("SO-INT-1")), review.toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> textsOf(String css) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }
}
