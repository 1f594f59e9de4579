package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.RevisionNotFoundException;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.FieldDiff;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.RevisionComparison;

import md.itpp.web.Pages;
import md.itpp.web.Shared;

/**
 * Backs objectives/compare.xhtml?id=N&amp;from=A&amp;to=B: two revisions side by side, with the
 * words that changed marked. Request-scoped: the page has no postbacks of its own but the
 * language switch, which reads it again.
 */
@Named("objectiveCompare")
@RequestScoped
public class ObjectiveCompareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Shared
    private DraftingService drafting;

    @Inject
    @Shared
    private ObjectiveService objectives;

    private Long id;
    private Integer from;
    private Integer to;
    private String code;
    private RevisionComparison comparison;

    /** View action; also runs on the language switch's postback. */
    public void load() {
        if (id == null || from == null || to == null) {
            Pages.notFound();
            return;
        }
        try {
            code = objectives.getObjective(id).getCode();
            comparison = drafting.compare(id, from, to);
        } catch (ObjectiveNotFoundException | AccessDeniedException | RevisionNotFoundException e) {
            Pages.notFound();
        }
    }

    public void requireComparison() {
        Pages.requireLoaded(comparison);
    }

    public List<FieldDiff> getChanges() {
        return comparison.changedFields();
    }

    public RevisionComparison getComparison() {
        return comparison;
    }

    public String getCode() {
        return code;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
