package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.List;

import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.ObjectiveContent;

/**
 * What the editor sends at one save: the content and the references by id, which the service
 * resolves and refuses when they do not exist. The code and the area count only when creating
 * (they are fixed afterwards; a goal takes its parent's area).
 */
public record ObjectiveDraft(String code, Long areaId, ObjectiveContent content, Long leadInstitutionId,
                             List<Long> contributorIds, List<Milestone> milestones,
                             List<Indicator> indicators) implements Serializable {

    public ObjectiveDraft {
        contributorIds = contributorIds == null ? List.of() : List.copyOf(contributorIds);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
