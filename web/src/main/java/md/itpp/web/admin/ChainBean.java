package md.itpp.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.StepRule;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs admin/chain.xhtml: the programme's approval chain, for administrators. Saving stores a
 * new chain; submissions under way keep the chain they started with. View-scoped: rows are
 * added and removed with ajax before the save.
 */
@Named("approvalChain")
@ViewScoped
public class ChainBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Shared
    private ApprovalService service;

    private final List<ChainStepRow> steps = new ArrayList<>();
    private List<String> reviewerAccounts = List.of();
    private Integer reviewDays;
    private boolean configured;

    /** View action: the current chain, or one empty step to start from. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        reviewerAccounts = List.copyOf(service.reviewerAccounts());
        steps.clear();
        service.findChain().ifPresent(chain -> {
            configured = true;
            reviewDays = chain.getReviewDays().orElse(null);
            chain.definitions().forEach(d -> steps.add(ChainStepRow.of(d)));
        });
        if (steps.isEmpty()) {
            steps.add(new ChainStepRow());
        }
    }

    public void addStep() {
        if (steps.size() < ApprovalChain.STEPS_MAX) {
            steps.add(new ChainStepRow());
        }
    }

    public void removeStep(int index) {
        if (steps.size() > 1 && index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public String save() {
        try {
            service.configureChain(steps.stream().map(ChainStepRow::toDefinition).toList(), reviewDays);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
        Messages.globalInfo("page.admin.chain.saved");
        return Pages.redirect("/admin/chain");
    }

    public List<ChainStepRow> getSteps() {
        return steps;
    }

    public List<String> getReviewerAccounts() {
        return reviewerAccounts;
    }

    public StepRule[] getRules() {
        return StepRule.values();
    }

    public Integer getReviewDays() {
        return reviewDays;
    }

    public void setReviewDays(Integer reviewDays) {
        this.reviewDays = reviewDays;
    }

    public boolean isConfigured() {
        return configured;
    }
}
