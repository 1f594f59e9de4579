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
    private String unit;
    private String meansOfVerification;

    public static IndicatorRow of(Indicator indicator) {
        IndicatorRow row = new IndicatorRow();
        row.nameEn = indicator.getNameEn();
        row.nameRo = indicator.getNameRo();
        row.baseline = indicator.getBaseline();
        row.target = indicator.getTarget();
        row.unit = indicator.getUnit();
        row.meansOfVerification = indicator.getMeansOfVerification();
        return row;
    }

    public static IndicatorRow of(IndicatorEntry entry) {
        IndicatorRow row = new IndicatorRow();
        row.nameEn = entry.nameEn();
        row.nameRo = entry.nameRo();
        row.baseline = entry.baseline();
        row.target = entry.target();
        row.unit = entry.unit();
        row.meansOfVerification = entry.meansOfVerification();
        return row;
    }

    public Indicator indicator() {
        return new Indicator(nameEn, nameRo, baseline, target, unit, meansOfVerification);
    }

    public IndicatorEntry entry() {
        return new IndicatorEntry(orEmpty(nameEn), orEmpty(nameRo), orEmpty(baseline), orEmpty(target),
                orEmpty(unit), orEmpty(meansOfVerification));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
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

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getMeansOfVerification() {
        return meansOfVerification;
    }

    public void setMeansOfVerification(String meansOfVerification) {
        this.meansOfVerification = meansOfVerification;
    }
}
