package md.itpp.web.objectives;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.persistence.approval.ApprovalRecord;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.approval.DecisionView;
import md.itpp.persistence.approval.NegotiationService;
import md.itpp.persistence.approval.ObjectivePage;
import md.itpp.web.ListAddress;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.Messages;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs the review-and-approval panel of objectives/detail.xhtml (WEB-INF/includes/approval.xhtml):
 * the chain, each decision with the revision it covered, and the decisions the caller may take.
 * Request-scoped like the page's {@link ObjectiveDetailBean}, whose objective it works on; each
 * decision names the version the page showed (posted with the form), so a decision on a page
 * that someone else moved on is refused, not applied to other text.
 */
@Named("objectiveApproval")
@RequestScoped
public class ObjectiveApprovalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObjectiveDetailBean detail;

    @Inject
    private Dates dates;

    @Inject
    @Shared
    private ApprovalService approvals;

    @Inject
    @Shared
    private NegotiationService negotiation;

    private String reason;
    private String decisionNumber;
    private LocalDate decisionDate;

    /** Read with the page's objective ({@link ObjectiveDetailBean#getPage}); {@code null} without one. */
    public ApprovalRecord getRecord() {
        ObjectivePage page = detail.getPage();
        return page == null ? null : page.approval();
    }

    /**
     * The approval chain's steps as the table shows them ({@code <itpp:rows>}), in the page's
     * language: "1. Area review", its rule, who may sign, who signed, and where it stands.
     */
    public List<TableRow> getStepRows() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return getRecord().steps().stream().map(step -> TableRow.of(null,
                Cell.text(step.number() + ". " + step.name(reader)),
                Cell.text(EnumLabels.label(reader, step.rule())),
                Cell.text(String.join(", ", step.reviewers())),
                Cell.text(String.join(", ", step.signedBy())),
                Cell.span("step-state", Messages.text(step.done() ? "page.approval.stepDone"
                        : step.current() ? "page.approval.stepCurrent" : "page.approval.stepPending"))))
                .toList();
    }

    /**
     * Every decision as the decisions table shows it ({@code <itpp:rows>}): what was decided (and
     * at which step), by whom, when, on which revision, why, and whether it still stands, with a
     * link to what changed since when the text has moved on. A stale decision's row is marked.
     */
    public List<TableRow> getDecisionRows() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ApprovalRecord current = getRecord();
        return current.decisions().stream().map(decision -> TableRow.of(decision.stale() ? "decision-stale" : null,
                Cell.of(Cell.span("decision-kind", EnumLabels.label(reader, decision.kind())),
                        Cell.text(decision.kind() == DecisionKind.APPROVAL ? ""
                                : " — " + decision.stepNumber() + ". " + decision.stepName(reader))),
                Cell.span("decision-by", decision.username()),
                Cell.time(decision.decidedAt(), dates.dateTime(decision.decidedAt(), reader)),
                Cell.of(Cell.span("decision-revision", Messages.text("page.approval.revision",
                                decision.revisionNumber(), decision.shortHash())),
                        Cell.span("visually-hidden", decision.revisionSha256())),
                Cell.span("multiline", decision.reason()),
                Cell.of(decision.stale()
                                ? Cell.span("badge badge-warning decision-stale-note", Messages.text("page.approval.stale"))
                                : Cell.span("decision-current-note", Messages.text("page.approval.current")),
                        decision.revisionNumber() == current.currentRevision() ? Cell.text("")
                                : Cell.link(changedSince(decision, current), "changed-since",
                                        Messages.text("page.approval.changedSince")))))
                .toList();
    }

    /** The comparison of the revision a decision covered with the current one. */
    private String changedSince(DecisionView decision, ApprovalRecord current) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", detail.getObjective().getId());
        parameters.put("from", decision.revisionNumber());
        parameters.put("to", current.currentRevision());
        return ListAddress.of("/objectives/compare.xhtml", parameters);
    }

    public boolean can(String action) {
        return getRecord() != null && getRecord().can(ObjectiveAction.valueOf(action));
    }

    /** Whether any decision form is offered: the panel leaves the form out otherwise. */
    public boolean isActing() {
        return getRecord() != null && !getRecord().actions().isEmpty();
    }

    public String submit() {
        return decide(() -> approvals.submit(id(), version(), reason), "page.approval.submitted");
    }

    public String signOff() {
        return decide(() -> approvals.signOff(id(), version()), "page.approval.signedOff");
    }

    public String returnForRevision() {
        return decide(() -> approvals.returnForRevision(id(), version(), reason), "page.approval.returned");
    }

    public String approve() {
        return decide(() -> approvals.approve(id(), version()), "page.approval.approved");
    }

    public String sendToNato() {
        return decide(() -> negotiation.sendToNato(id(), version()), "page.approval.sentToNato");
    }

    public String recordNatoComments() {
        return decide(() -> negotiation.recordNatoComments(id(), version()), "page.approval.natoComments");
    }

    public String agree() {
        return decide(() -> negotiation.agree(id(), version()), "page.approval.agreed");
    }

    public String recordAdoption() {
        return decide(() -> negotiation.recordAdoption(id(), version(), decisionNumber, decisionDate),
                "page.approval.adopted");
    }

    public String reopen() {
        return decide(() -> negotiation.reopen(id(), version(), reason), "page.approval.reopened");
    }

    private interface Decision {
        void take();
    }

    /**
     * Takes the decision; on success shows the objective again (read afresh), otherwise says
     * why on this page and keeps what was typed.
     */
    private String decide(Decision decision, String doneKey) {
        if (detail.getObjective() == null) {
            Pages.notFound();
            return null;
        }
        if (detail.getShownVersion() == null) {
            Messages.globalError(ObjectiveDetailBean.CHANGED_SINCE_SHOWN, detail.getObjective().getCode());
            return null;
        }
        try {
            decision.take();
        } catch (ConcurrentEditException e) {
            // The text moved on since the page showed it; the page now shows it as it is.
            Messages.globalError(ObjectiveDetailBean.CHANGED_SINCE_SHOWN, detail.getObjective().getCode());
            return null;
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        } catch (EJBAccessException e) {
            // Only a forged request gets here: the page offers only what the caller may do.
            Messages.globalError("error.approval.notPermitted");
            return null;
        }
        Messages.globalInfo(doneKey, detail.getObjective().getCode());
        return Pages.redirect("/objectives/detail?id=" + id());
    }

    private long id() {
        return detail.getObjective().getId();
    }

    /** The version the page showed: a decision on text the user did not see is refused. */
    private long version() {
        return detail.getShownVersion();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }
}
