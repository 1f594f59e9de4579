package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.reference.ReferenceService;

/**
 * What the objective editor offers to choose from, read once when the editor opens: the
 * programme's years, the areas and the institutions (with their codes, which snapshots use).
 */
public record EditorChoices(int firstYear, int lastYear, List<ReferenceOption> areas,
                            List<ReferenceOption> institutions, Map<Long, String> institutionCodes)
        implements Serializable {

    public static EditorChoices read(ReferenceService references) {
        Programme programme = references.programme();
        List<Institution> all = references.institutions();
        Map<Long, String> codes = new HashMap<>();
        all.forEach(i -> codes.put(i.getId(), i.getCode()));
        return new EditorChoices(programme.getStartYear(), programme.getEndYear(),
                references.areas().stream().map(ReferenceOption::of).toList(),
                all.stream().map(ReferenceOption::of).toList(), Collections.unmodifiableMap(codes));
    }

    /** Institution codes to ids, to take a saved version's institutions back into the form. */
    public Map<String, Long> institutionIds() {
        Map<String, Long> ids = new HashMap<>();
        institutionCodes.forEach((id, code) -> ids.put(code, id));
        return ids;
    }

    public Language[] languages() {
        return Language.values();
    }

    public SourceInstrument[] sourceInstruments() {
        return SourceInstrument.values();
    }

    public Priority[] priorities() {
        return Priority.values();
    }
}
