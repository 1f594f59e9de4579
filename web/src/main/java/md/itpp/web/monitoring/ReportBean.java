package md.itpp.web.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import md.itpp.domain.BusinessException;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.persistence.monitoring.EvidenceRow;
import md.itpp.persistence.monitoring.EvidenceSettings;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs monitoring/report.xhtml?id=N: one progress report. Experts and the focal point of the
 * lead institution draft it (the focal point submits); contributing institutions write their
 * input; negotiators return it with a reason or accept it, set weights and override the figure.
 * What the caller may do comes from the service ({@link ReportView}); the service checks again.
 */
@Named("reportPage")
@ViewScoped
public class ReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Shared
    private MonitoringService service;

    private Long id;
    private ReportView report;

    private final List<MilestoneForm> milestones = new ArrayList<>();
    private final List<IndicatorForm> indicators = new ArrayList<>();
    private String narrativeRo;
    private String narrativeEn;
    private String input;
    private String returnReason;
    private Double overridePercent;
    private String overrideReason;
    private List<EvidenceRow> evidence = List.of();
    /** The file chosen for upload; a request's, never kept with the view. */
    private transient Part upload;

    /** View action. */
    public void load() {
        if (id == null) {
            MonitoringPages.notFound();
            return;
        }
        try {
            report = service.report(id);
        } catch (BusinessException | EJBAccessException e) {
            report = null;
            MonitoringPages.notFound();
            return;
        }
        evidence = service.evidence(id);
        milestones.clear();
        report.milestones().forEach(m -> milestones.add(new MilestoneForm(m.status(), m.comment(), m.weight())));
        indicators.clear();
        report.indicators().forEach(i -> indicators.add(new IndicatorForm(i.value(), i.weight())));
        narrativeRo = report.narrativeRo();
        narrativeEn = report.narrativeEn();
        input = report.inputs().stream().filter(i -> report.canContribute()).map(ReportView.InputRow::text)
                .findFirst().orElse(null);
        if (report.figure() != null && report.figure().overridden()) {
            overridePercent = report.figure().value();
            overrideReason = report.figure().reason();
        }
    }

    /** Pre-render check: a malformed id skips the view action; answer 404 rather than an empty page. */
    public void requireReport() {
        if (report == null) {
            MonitoringPages.notFound();
        }
    }

    private ReportDraft draft() {
        return new ReportDraft(narrativeRo, narrativeEn,
                milestones.stream().map(m -> new ReportDraft.MilestoneEntry(m.getStatus(), m.getComment())).toList(),
                indicators.stream().map(IndicatorForm::getValue).toList());
    }

    public String save() {
        return act(() -> service.saveDraft(id, report.version(), draft()), "page.monitoring.report.saved");
    }

    /** Saves what the focal point sees and submits it. */
    public String submit() {
        return act(() -> service.submit(id, service.saveDraft(id, report.version(), draft()).version()),
                "page.monitoring.report.submitted");
    }

    public String contribute() {
        return act(() -> service.contribute(id, input), "page.monitoring.report.inputSaved");
    }

    public String returnReport() {
        return act(() -> service.returnReport(id, report.version(), returnReason), "page.monitoring.report.returned");
    }

    public String accept() {
        return act(() -> service.accept(id, report.version()), "page.monitoring.report.accepted");
    }

    public String weigh() {
        return act(() -> service.weigh(id, report.version(), milestones.stream().map(MilestoneForm::getWeight).toList(),
                indicators.stream().map(IndicatorForm::getWeight).toList()), "page.monitoring.report.weighed");
    }

    public String override() {
        return act(() -> service.override(id, report.version(), overridePercent, overrideReason),
                "page.monitoring.report.overridden");
    }

    public String clearOverride() {
        return act(() -> service.override(id, report.version(), null, null), "page.monitoring.report.overrideCleared");
    }

    /**
     * Attaches the chosen file. At most one byte over the limit is read, which is enough for the
     * service to refuse it with its message, without holding the rest in memory.
     */
    public String attach() {
        if (upload == null || upload.getSize() == 0) {
            Messages.globalError("page.monitoring.report.chooseFile");
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L,
                    EvidenceSettings.fromEnvironment().maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = upload.getSubmittedFileName();
        return act(() -> service.attachEvidence(id, name, content), "page.monitoring.report.evidenceAttached");
    }

    public String removeEvidence(long evidenceId) {
        return act(() -> service.removeEvidence(evidenceId), "page.monitoring.report.evidenceRemoved");
    }

    /** A size as people read it: bytes, kB or MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return java.math.BigDecimal.valueOf(bytes / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString() + " MB";
    }

    /** The evidence size limit in MB, for the hint next to the upload. */
    public long getEvidenceLimit() {
        return EvidenceSettings.fromEnvironment().maxMegabytes();
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    private String act(Runnable action, String infoKey) {
        try {
            action.run();
            return MonitoringPages.redirect("/monitoring/report", id, infoKey);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    public String percent(Double value) {
        return MonitoringPages.percent(value);
    }

    public MilestoneStatus[] getStatuses() {
        return MilestoneStatus.values();
    }

    public ReportView getReport() {
        return report;
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }

    public List<IndicatorForm> getIndicators() {
        return indicators;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNarrativeRo() {
        return narrativeRo;
    }

    public void setNarrativeRo(String narrativeRo) {
        this.narrativeRo = narrativeRo;
    }

    public String getNarrativeEn() {
        return narrativeEn;
    }

    public void setNarrativeEn(String narrativeEn) {
        this.narrativeEn = narrativeEn;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public Double getOverridePercent() {
        return overridePercent;
    }

    public void setOverridePercent(Double overridePercent) {
        this.overridePercent = overridePercent;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    /** One milestone row of the form. */
    public static class MilestoneForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private MilestoneStatus status;
        private String comment;
        private Integer weight;

        MilestoneForm(MilestoneStatus status, String comment, int weight) {
            this.status = status;
            this.comment = comment;
            this.weight = weight;
        }

        public MilestoneStatus getStatus() {
            return status;
        }

        public void setStatus(MilestoneStatus status) {
            this.status = status;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    /** One indicator row of the form. */
    public static class IndicatorForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String value;
        private Integer weight;

        IndicatorForm(String value, int weight) {
            this.value = value;
            this.weight = weight;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }
}
