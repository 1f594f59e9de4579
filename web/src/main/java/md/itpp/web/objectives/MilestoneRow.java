package md.itpp.web.objectives;

import java.io.Serializable;

import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.ObjectiveSnapshot.MilestoneEntry;

/** One milestone row of the editor, as typed: nothing is checked until the save. */
public class MilestoneRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer year;
    private String descriptionEn;
    private String descriptionRo;

    public static MilestoneRow of(Milestone milestone) {
        MilestoneRow row = new MilestoneRow();
        row.year = milestone.getYear();
        row.descriptionEn = milestone.getDescriptionEn();
        row.descriptionRo = milestone.getDescriptionRo();
        return row;
    }

    public static MilestoneRow of(MilestoneEntry entry) {
        MilestoneRow row = new MilestoneRow();
        row.year = entry.year();
        row.descriptionEn = entry.descriptionEn();
        row.descriptionRo = entry.descriptionRo();
        return row;
    }

    public MilestoneEntry entry() {
        return new MilestoneEntry(year == null ? 0 : year, ObjectiveForm.stripped(descriptionEn), ObjectiveForm.stripped(descriptionRo));
    }


    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionRo() {
        return descriptionRo;
    }

    public void setDescriptionRo(String descriptionRo) {
        this.descriptionRo = descriptionRo;
    }
}
