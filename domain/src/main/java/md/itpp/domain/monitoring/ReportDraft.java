package md.itpp.domain.monitoring;

import java.io.Serializable;
import java.util.List;

/**
 * What an institution writes into a report in one save: the narrative in both languages, a
 * status and comment per milestone and a value per indicator, in the objective's order.
 */
public record ReportDraft(String narrativeRo, String narrativeEn, List<MilestoneEntry> milestones,
                          List<String> indicatorValues) implements Serializable {

    public ReportDraft {
        milestones = List.copyOf(milestones == null ? List.of() : milestones);
        indicatorValues = indicatorValues == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(indicatorValues));
    }

    /** One milestone's reported status and comment. */
    public record MilestoneEntry(MilestoneStatus status, String comment) implements Serializable {
    }
}
