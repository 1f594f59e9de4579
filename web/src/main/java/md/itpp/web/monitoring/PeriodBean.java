package md.itpp.web.monitoring;

import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.monitoring.PeriodState;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/**
 * Backs monitoring/period.xhtml?id=N: the period's reports the caller may see, the figures by
 * area and institution (negotiators, auditors), and closing or reopening (negotiators).
 */
@Named("periodPage")
@ViewScoped
public class PeriodBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService service;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private PeriodView period;
    private String reopenReason;

    /** View action. */
    public void load() {
        if (id == null) {
            MonitoringPages.notFound();
            return;
        }
        try {
            period = service.period(id);
        } catch (BusinessException | EJBAccessException e) {
            period = null;
            MonitoringPages.notFound();
        }
    }

    /** Pre-render check: a malformed id skips the view action; answer 404 rather than an empty page. */
    public void requirePeriod() {
        if (period == null) {
            MonitoringPages.notFound();
        }
    }

    public String close() {
        try {
            String sha = service.closePeriod(id, period.version());
            return MonitoringPages.redirect("/monitoring/period", id, "page.monitoring.period.closed", sha);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    public String reopen() {
        try {
            service.reopenPeriod(id, period.version(), reopenReason);
            return MonitoringPages.redirect("/monitoring/period", id, "page.monitoring.period.reopened");
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    public String percent(ReportView.Figure figure) {
        return MonitoringPages.percent(figure == null ? null : figure.value());
    }

    public boolean isNegotiator() {
        return currentUser.isNegotiator();
    }

    public boolean isClosed() {
        return period != null && period.state() == PeriodState.CLOSED;
    }

    public java.util.List<Map.Entry<String, ReportView.Figure>> getAreas() {
        return period == null ? java.util.List.of() : java.util.List.copyOf(period.areas().entrySet());
    }

    public java.util.List<Map.Entry<String, ReportView.Figure>> getInstitutions() {
        return period == null ? java.util.List.of() : java.util.List.copyOf(period.institutions().entrySet());
    }

    public PeriodView getPeriod() {
        return period;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
