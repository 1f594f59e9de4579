package md.itpp.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import md.itpp.domain.approval.StepDefinition;
import md.itpp.domain.approval.StepRule;

/** One review step as the chain form edits it. */
public class ChainStepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameEn;
    private String nameRo;
    private StepRule rule = StepRule.ANY_ONE;
    private List<String> reviewers = new ArrayList<>();

    public static ChainStepRow of(StepDefinition definition) {
        ChainStepRow row = new ChainStepRow();
        row.nameEn = definition.nameEn();
        row.nameRo = definition.nameRo();
        row.rule = definition.rule();
        row.reviewers = new ArrayList<>(definition.reviewers());
        return row;
    }

    public StepDefinition toDefinition() {
        return new StepDefinition(nameEn, nameRo, rule, reviewers);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRo() {
        return nameRo;
    }

    public void setNameRo(String nameRo) {
        this.nameRo = nameRo;
    }

    public StepRule getRule() {
        return rule;
    }

    public void setRule(StepRule rule) {
        this.rule = rule;
    }

    public List<String> getReviewers() {
        return reviewers;
    }

    public void setReviewers(List<String> reviewers) {
        this.reviewers = reviewers == null ? new ArrayList<>() : new ArrayList<>(reviewers);
    }
}
