package md.itpp.web.monitoring;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.persistence.monitoring.MonitoringDashboard;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs monitoring/dashboard.xhtml?period=N (no parameter: the latest period): progress by area
 * and institution, reports outstanding, milestones at risk or delayed, and the trend across
 * periods as a chart and, for those who cannot see the chart, as a table with the same figures.
 */
@Named("monitoringDashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    @Shared
    private MonitoringService service;

    private Long period;
    private MonitoringDashboard dashboard;

    /** View action. */
    public void load() {
        try {
            dashboard = service.dashboard(period);
        } catch (BusinessException | EJBAccessException e) {
            dashboard = null;
            MonitoringPages.notFound();
        }
    }

    /** Pre-render check: a malformed period id skips the view action; answer 404 rather than an empty page. */
    public void requireDashboard() {
        if (dashboard == null) {
            MonitoringPages.notFound();
        }
    }

    public MonitoringDashboard getDashboard() {
        return dashboard;
    }

    public String figure(ReportView.Figure figure) {
        return MonitoringPages.percent(figure == null ? null : figure.value());
    }

    public String percent(Double value) {
        return MonitoringPages.percent(value);
    }

    /**
     * A Chart.js line chart of the trend as PrimeFaces' p:chart takes it: per period, the share
     * of reports submitted or accepted and the milestones' progress, both in percent.
     */
    public String getTrendChart() {
        List<MonitoringDashboard.TrendRow> trend = dashboard.trend();
        String periods = trend.stream().map(t -> json(t.title())).collect(Collectors.joining(","));
        String submitted = trend.stream().map(t -> number(t.submittedPercent())).collect(Collectors.joining(","));
        String milestones = trend.stream().map(t -> t.milestoneProgress() == null ? "null" : number(t.milestoneProgress()))
                .collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + periods + "],\"datasets\":["
                + "{\"label\":" + json(Messages.text("page.monitoring.dashboard.submittedPercent"))
                + ",\"borderColor\":\"#1565c0\",\"backgroundColor\":\"#1565c0\",\"data\":[" + submitted + "]},"
                + "{\"label\":" + json(Messages.text("page.monitoring.dashboard.milestoneProgress"))
                + ",\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\",\"data\":[" + milestones + "]}]},"
                + "\"options\":{\"responsive\":true,\"scales\":{\"y\":{\"min\":0,\"max\":100}},"
                + "\"plugins\":{\"title\":{\"display\":true,\"text\":"
                + json(Messages.text("page.monitoring.dashboard.trendChartTitle")) + "}}}}";
    }

    /** The programme dashboard's escaping of JSON strings. */
    private static String json(String value) {
        return md.itpp.web.objectives.DashboardBean.json(value);
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }
}
