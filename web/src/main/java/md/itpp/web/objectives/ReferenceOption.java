package md.itpp.web.objectives;

import java.io.Serializable;
import java.util.Locale;

import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.Bilingual;

/**
 * One choice of a filter select: an id and its label in both languages. The view-scoped list
 * keeps these rather than entities, so that its state stays small and detached from JPA.
 */
public record ReferenceOption(Long id, String labelEn, String labelRo) implements Serializable {

    public static ReferenceOption of(CooperationArea area) {
        return new ReferenceOption(area.getId(), area.getNameEn(), area.getNameRo());
    }

    /** Name with the abbreviation, which people in the ministries know institutions by. */
    public static ReferenceOption of(Institution institution) {
        return new ReferenceOption(institution.getId(),
                institution.getNameEn() + " (" + institution.getAbbreviation() + ")",
                institution.getNameRo() + " (" + institution.getAbbreviation() + ")");
    }

    public String label(Locale locale) {
        return Bilingual.of(labelEn, labelRo).in(locale);
    }
}
