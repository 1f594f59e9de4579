package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.List;

import md.itpp.domain.objective.RevisionSummary;

/** Two revisions of one objective and their fields side by side. */
public record RevisionComparison(RevisionSummary from, RevisionSummary to, List<FieldDiff> fields)
        implements Serializable {

    public List<FieldDiff> changedFields() {
        return fields.stream().filter(FieldDiff::isChanged).toList();
    }
}
