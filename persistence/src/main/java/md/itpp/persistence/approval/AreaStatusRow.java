package md.itpp.persistence.approval;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/** How many objectives of one cooperation area are in each status. */
public record AreaStatusRow(String areaCode, String nameEn, String nameRo, Map<ObjectiveStatus, Long> counts)
        implements Serializable {

    public AreaStatusRow {
        counts = Map.copyOf(counts);
    }

    public long count(ObjectiveStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public String name(Locale locale) {
        return Bilingual.of(nameEn, nameRo).in(locale);
    }
}
