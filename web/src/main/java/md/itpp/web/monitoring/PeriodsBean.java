package md.itpp.web.monitoring;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodSummary;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/** Backs monitoring/periods.xhtml: the reporting periods, and the form negotiators open one with. */
@Named("monitoringPeriods")
@RequestScoped
public class PeriodsBean {

    @Inject
    @Shared
    private MonitoringService service;

    @Inject
    private CurrentUser currentUser;

    private List<PeriodSummary> periods;

    private String title;
    private Integer year = LocalDate.now(ReportingPeriod.ZONE).getYear();
    private LocalDate institutionsDeadline;
    private LocalDate consolidationDeadline;

    public List<PeriodSummary> getPeriods() {
        if (periods == null) {
            periods = service.periods();
        }
        return periods;
    }

    public String open() {
        try {
            long id = service.openPeriod(title, year == null ? 0 : year, institutionsDeadline, consolidationDeadline);
            return MonitoringPages.redirect("/monitoring/period", id, "page.monitoring.periods.opened", title);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    public boolean isNegotiator() {
        return currentUser.isNegotiator();
    }

    /** Whether the caller may open the monitoring dashboard: negotiators and auditors. */
    public boolean isDashboardReader() {
        return currentUser.isNegotiator() || jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().isUserInRole(md.itpp.domain.account.Role.Names.AUDITOR);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getInstitutionsDeadline() {
        return institutionsDeadline;
    }

    public void setInstitutionsDeadline(LocalDate institutionsDeadline) {
        this.institutionsDeadline = institutionsDeadline;
    }

    public LocalDate getConsolidationDeadline() {
        return consolidationDeadline;
    }

    public void setConsolidationDeadline(LocalDate consolidationDeadline) {
        this.consolidationDeadline = consolidationDeadline;
    }
}
