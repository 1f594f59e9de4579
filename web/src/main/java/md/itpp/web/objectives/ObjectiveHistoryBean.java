package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.domain.Bilingual;

import md.itpp.web.Pages;
import md.itpp.web.Shared;

/**
 * Backs objectives/history.xhtml?id=N: the objective's revisions, paged in the database, and
 * the choice of two to compare. View-scoped for the table's paging.
 */
@Named("objectiveHistory")
@ViewScoped
public class ObjectiveHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Shared
    private DraftingService drafting;

    @Inject
    @Shared
    private ObjectiveService objectives;

    private Long id;
    private String code;
    private String titleEn;
    private String titleRo;
    private long count;
    private Integer from;
    private Integer to;
    private LazyDataModel<RevisionSummary> model;

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            Objective objective = objectives.getObjective(id);
            code = objective.getCode();
            titleEn = objective.getTitleEn();
            titleRo = objective.getTitleRo();
            count = drafting.countRevisions(id);
            to = (int) count;
            from = (int) Math.max(1, count - 1);
            model = new Revisions(drafting, id, count);
        } catch (ObjectiveNotFoundException | AccessDeniedException e) {
            Pages.notFound();
        }
    }

    public void requireObjective() {
        Pages.requireLoaded(code);
    }

    /** Opens the comparison of the two chosen revisions, by GET so that it can be bookmarked. */
    public String compare() {
        return "/objectives/compare?faces-redirect=true&id=" + id + "&from=" + from + "&to=" + to;
    }

    /** The revisions of one objective, one page at a time, newest first. */
    static final class Revisions extends LazyDataModel<RevisionSummary> {

        private static final long serialVersionUID = 1L;

        private final DraftingService drafting;
        private final long objectiveId;
        private final long total;

        Revisions(DraftingService drafting, long objectiveId, long total) {
            this.drafting = drafting;
            this.objectiveId = objectiveId;
            this.total = total;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<RevisionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return drafting.revisions(objectiveId, first, pageSize);
        }

        @Override
        public String getRowKey(RevisionSummary revision) {
            return String.valueOf(revision.number());
        }

        @Override
        public RevisionSummary getRowData(String rowKey) {
            return null;
        }
    }

    public List<Integer> getNumbers() {
        return IntStream.rangeClosed(1, (int) count).boxed().toList();
    }

    public LazyDataModel<RevisionSummary> getModel() {
        return model;
    }

    public String title(java.util.Locale locale) {
        return Bilingual.of(titleEn, titleRo).in(locale);
    }

    public long getCount() {
        return count;
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
