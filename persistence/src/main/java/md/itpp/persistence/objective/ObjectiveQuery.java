package md.itpp.persistence.objective;

import java.io.Serializable;

import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/**
 * Filters and order of the objectives list. A mutable bean because the list page binds its
 * filter form to it; every field is optional. Kept small: it lives in the view state.
 */
public class ObjectiveQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer search text is cut, so that a pasted document cannot become a huge pattern. */
    public static final int MAX_TEXT_LENGTH = 200;

    private Long areaId;
    private ObjectiveStatus status;
    private Long institutionId;
    private ObjectiveLevel level;
    private String text;
    private ObjectiveSort sort = ObjectiveSort.CODE;
    private boolean ascending = true;
    private String language = "en";

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public void setStatus(ObjectiveStatus status) {
        this.status = status;
    }

    /** Lead or contributing institution. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public ObjectiveLevel getLevel() {
        return level;
    }

    public void setLevel(ObjectiveLevel level) {
        this.level = level;
    }

    /** Words searched in the code and in both titles, case-insensitively. */
    public String getText() {
        return text;
    }

    /** Stripped, cut to {@link #MAX_TEXT_LENGTH}; blank text is no text (null). */
    public void setText(String text) {
        if (text == null || text.isBlank()) {
            this.text = null;
            return;
        }
        String stripped = text.strip();
        this.text = stripped.length() > MAX_TEXT_LENGTH ? stripped.substring(0, MAX_TEXT_LENGTH) : stripped;
    }

    public ObjectiveSort getSort() {
        return sort;
    }

    public void setSort(ObjectiveSort sort) {
        this.sort = sort == null ? ObjectiveSort.CODE : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }

    /** The language code ({@code en} or {@code ro}) of the title sorting by title uses. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Bilingual.ROMANIAN_CODE.equals(language) ? Bilingual.ROMANIAN_CODE : Bilingual.ENGLISH_CODE;
    }
}
