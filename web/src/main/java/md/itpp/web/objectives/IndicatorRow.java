package md.itpp.web.objectives;

import java.io.Serializable;

import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.ObjectiveSnapshot.IndicatorEntry;

/** One indicator row of the editor, as typed: nothing is checked until the save. */
public class IndicatorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameEn;
    private String nameRo;
    private String baseline;
    private String target;
    private String unitEn;
    private String unitRo;
    private String meansOfVerificationEn;
    private String meansOfVerificationRo;

    public static IndicatorRow of(Indicator indicator) {
        IndicatorRow row = new IndicatorRow();
        row.nameEn = indicator.getNameEn();
        row.nameRo = indicator.getNameRo();
        row.baseline = indicator.getBaseline();
        row.target = indicator.getTarget();
        row.unitEn = indicator.getUnitEn();
        row.unitRo = indicator.getUnitRo();
        row.meansOfVerificationEn = indicator.getMeansOfVerificationEn();
        row.meansOfVerificationRo = indicator.getMeansOfVerificationRo();
        return row;
    }

    public static IndicatorRow of(IndicatorEntry entry) {
        IndicatorRow row = new IndicatorRow();
        row.nameEn = entry.nameEn();
        row.nameRo = entry.nameRo();
        row.baseline = entry.baseline();
        row.target = entry.target();
        row.unitEn = entry.unitEn();
        row.unitRo = entry.unitRo();
        row.meansOfVerificationEn = entry.meansOfVerificationEn();
        row.meansOfVerificationRo = entry.meansOfVerificationRo();
        return row;
    }

    public Indicator indicator() {
        return new Indicator(nameEn, nameRo, baseline, target, unitEn, unitRo, meansOfVerificationEn,
                meansOfVerificationRo);
    }

    public IndicatorEntry entry() {
        return new IndicatorEntry(ObjectiveForm.stripped(nameEn), ObjectiveForm.stripped(nameRo),
                ObjectiveForm.stripped(baseline), ObjectiveForm.stripped(target), ObjectiveForm.stripped(unitEn),
                ObjectiveForm.stripped(meansOfVerificationEn), ObjectiveForm.stripped(unitRo),
                ObjectiveForm.stripped(meansOfVerificationRo));
    }


    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRo() {
        return nameRo;
    }

    public void setNameRo(String nameRo) {
        this.nameRo = nameRo;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public String getUnitRo() {
        return unitRo;
    }

    public void setUnitRo(String unitRo) {
        this.unitRo = unitRo;
    }

    public String getMeansOfVerificationEn() {
        return meansOfVerificationEn;
    }

    public void setMeansOfVerificationEn(String meansOfVerificationEn) {
        this.meansOfVerificationEn = meansOfVerificationEn;
    }

    public String getMeansOfVerificationRo() {
        return meansOfVerificationRo;
    }

    public void setMeansOfVerificationRo(String meansOfVerificationRo) {
        this.meansOfVerificationRo = meansOfVerificationRo;
    }
}
