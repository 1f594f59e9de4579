package md.itpp.web.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import md.itpp.domain.BusinessException;
import md.itpp.domain.monitoring.EvidenceType;
import md.itpp.domain.monitoring.PeriodState;
import md.itpp.domain.Bilingual;
import md.itpp.domain.objective.Language;
import md.itpp.persistence.monitoring.EvidenceSettings;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.persistence.monitoring.WorkbookUpload;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
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
    @Shared
    private MonitoringService service;

    @Inject
    private CurrentUser currentUser;

    /** Reports a page; a period at ten times the real scale holds well over a thousand. */
    static final int PAGE_SIZE = 50;

    private Long id;
    /** The page of reports shown, from 1 (view parameter {@code page}). */
    private int page = 1;
    private Pager pager;
    private PeriodView period;
    private String reopenReason;
    /** The workbook chosen for upload; a request's, never kept with the view. */
    private transient Part workbook;
    private List<String> workbookFaults = List.of();
    private byte[] markedWorkbook;

    /** View action. */
    public void load() {
        if (id == null) {
            MonitoringPages.notFound();
            return;
        }
        try {
            Pager.Read<PeriodView> read = Pager.read(page, PAGE_SIZE,
                    (offset, size) -> service.period(id, offset, size), PeriodView::reportCount);
            period = read.rows();
            pager = read.pager();
            page = pager.getPage();
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Where the list of reports stands; null until loaded. */
    public Pager getPager() {
        return pager;
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
    // ---- the workbook round trip ---------------------------------------------------------

    /** Whether the caller reports in this open period, so the workbook is offered. */
    public boolean isReporting() {
        return period != null && period.state() == PeriodState.OPEN && period.callerLeads();
    }

    /**
     * Uploads the filled-in workbook: applied whole (back to the page with a message), or not at
     * all, with the faults listed here and the marked workbook to download.
     */
    public String uploadWorkbook() {
        workbookFaults = List.of();
        markedWorkbook = null;
        if (workbook == null || workbook.getSize() == 0) {
            Messages.globalError("page.monitoring.report.chooseFile");
            return null;
        }
        byte[] content;
        try (InputStream in = workbook.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L,
                    EvidenceSettings.fromEnvironment().maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            WorkbookUpload result = service.uploadWorkbook(id, content, locale());
            if (result.applied()) {
                return MonitoringPages.redirect("/monitoring/period", id, "page.monitoring.period.workbookApplied",
                        result.rows(), result.reportsChanged());
            }
            workbookFaults = result.faults();
            markedWorkbook = result.marked();
            Messages.globalError("page.monitoring.period.workbookFaults", result.faults().size());
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
        return null;
    }

    /** The uploaded workbook with its faults marked, as it came back from the last upload. */
    public void downloadMarked() throws IOException {
        if (markedWorkbook == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.reset();
        EvidenceServlet.send(response, EvidenceType.XLSX.contentType(), "itpp-reports-" + id + "-faults.xlsx",
                markedWorkbook);
        context.responseComplete();
    }

    private static Locale locale() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Bilingual.localeOf(locale);
    }

    /** For the workbook link: the page's language. */
    public String getLanguage() {
        return Language.of(locale()).code();
    }

    public List<String> getWorkbookFaults() {
        return workbookFaults;
    }

    public boolean isMarkedWorkbook() {
        return markedWorkbook != null;
    }

    public Part getWorkbook() {
        return workbook;
    }

    public void setWorkbook(Part workbook) {
        this.workbook = workbook;
    }
}
