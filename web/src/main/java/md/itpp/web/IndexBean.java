package md.itpp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.security.CurrentUser;

/** Backs index.xhtml: the programme and how many objectives stand in each status. */
@Named("index")
@RequestScoped
public class IndexBean {

    /** One row of the counts table. */
    public record StatusCount(ObjectiveStatus status, long count) {
    }

    @Inject
    @Shared
    private ReferenceService references;

    @Inject
    @Shared
    private ObjectiveService objectives;

    @Inject
    private CurrentUser currentUser;

    private Programme programme;
    private List<StatusCount> counts;

    /**
     * Read on first use in each request, so that a postback (the language switch) shows the
     * page's figures too. Administrators get no counts: the service refuses them programme content.
     */
    private void load() {
        programme = references.programme();
        counts = new ArrayList<>();
        if (currentUser.isContentReader()) {
            Map<ObjectiveStatus, Long> byStatus = objectives.countByStatus();
            for (ObjectiveStatus status : ObjectiveStatus.values()) {
                long count = byStatus.getOrDefault(status, 0L);
                if (count > 0) {
                    counts.add(new StatusCount(status, count));
                }
            }
        }
    }

    public Programme getProgramme() {
        if (programme == null) {
            load();
        }
        return programme;
    }

    /** Statuses that have objectives, in lifecycle order. */
    public List<StatusCount> getCounts() {
        if (counts == null) {
            load();
        }
        return counts;
    }

    public long getTotal() {
        return getCounts().stream().mapToLong(StatusCount::count).sum();
    }
}
