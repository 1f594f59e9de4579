package md.itpp.domain.objective;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.Bilingual;

/**
 * How progress towards an objective is measured: from a baseline to a target, in a unit,
 * checked by a stated means of verification. Baseline and target are text because many
 * are qualitative ("draft law adopted").
 */
@Embeddable
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 500;
    public static final int VALUE_MAX = 500;
    public static final int UNIT_MAX = 100;
    public static final int MEANS_OF_VERIFICATION_MAX = 1000;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_ro", length = NAME_MAX)
    private String nameRo;

    @Column(name = "baseline", length = VALUE_MAX)
    private String baseline;

    @Column(name = "target_value", length = VALUE_MAX)
    private String target;

    @Column(name = "unit", length = UNIT_MAX)
    private String unit;

    @Column(name = "means_of_verification", length = MEANS_OF_VERIFICATION_MAX)
    private String meansOfVerification;

    protected Indicator() {
    }

    /** At least one of the names is needed; everything else may be completed later. */
    public Indicator(String nameEn, String nameRo, String baseline, String target, String unit,
                     String meansOfVerification) {
        this.nameEn = Texts.optional("indicators.nameEn", nameEn, NAME_MAX);
        this.nameRo = Texts.optional("indicators.nameRo", nameRo, NAME_MAX);
        if (this.nameEn == null && this.nameRo == null) {
            throw ValidationException.required("indicators.name");
        }
        this.baseline = Texts.optional("indicators.baseline", baseline, VALUE_MAX);
        this.target = Texts.optional("indicators.target", target, VALUE_MAX);
        this.unit = Texts.optional("indicators.unit", unit, UNIT_MAX);
        this.meansOfVerification = Texts.optional("indicators.meansOfVerification",
                meansOfVerification, MEANS_OF_VERIFICATION_MAX);
    }

    /** The name in the locale's language, or in the other one while untranslated. */
    public String name(Locale locale) {
        return Bilingual.of(nameEn, nameRo).in(locale);
    }

    public String getNameEn() {
        return orEmpty(nameEn);
    }

    public String getNameRo() {
        return orEmpty(nameRo);
    }

    public String getBaseline() {
        return orEmpty(baseline);
    }

    public String getTarget() {
        return orEmpty(target);
    }

    public String getUnit() {
        return orEmpty(unit);
    }

    public String getMeansOfVerification() {
        return orEmpty(meansOfVerification);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Indicator indicator
                && Objects.equals(nameEn, indicator.nameEn)
                && Objects.equals(nameRo, indicator.nameRo)
                && Objects.equals(baseline, indicator.baseline)
                && Objects.equals(target, indicator.target)
                && Objects.equals(unit, indicator.unit)
                && Objects.equals(meansOfVerification, indicator.meansOfVerification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameEn, nameRo, baseline, target, unit, meansOfVerification);
    }

    @Override
    public String toString() {
        return "Indicator[" + (nameEn != null ? nameEn : nameRo) + "]";
    }
}
