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
 * are qualitative ("draft law adopted"). Name, unit and means of verification are written in
 * English and Romanian, like every other text of an objective.
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

    @Column(name = "unit_en", length = UNIT_MAX)
    private String unitEn;

    @Column(name = "unit_ro", length = UNIT_MAX)
    private String unitRo;

    @Column(name = "means_of_verification_en", length = MEANS_OF_VERIFICATION_MAX)
    private String meansOfVerificationEn;

    @Column(name = "means_of_verification_ro", length = MEANS_OF_VERIFICATION_MAX)
    private String meansOfVerificationRo;

    protected Indicator() {
    }

    /** At least one of the names is needed; everything else may be completed later. */
    public Indicator(String nameEn, String nameRo, String baseline, String target, String unitEn, String unitRo,
                     String meansOfVerificationEn, String meansOfVerificationRo) {
        this.nameEn = Texts.optional("indicators.nameEn", nameEn, NAME_MAX);
        this.nameRo = Texts.optional("indicators.nameRo", nameRo, NAME_MAX);
        if (this.nameEn == null && this.nameRo == null) {
            // Shown at the first name; the message names both.
            throw ValidationException.of("indicators.nameEn", ValidationException.REQUIRED, "indicators.name");
        }
        this.baseline = Texts.optional("indicators.baseline", baseline, VALUE_MAX);
        this.target = Texts.optional("indicators.target", target, VALUE_MAX);
        this.unitEn = Texts.optional("indicators.unitEn", unitEn, UNIT_MAX);
        this.unitRo = Texts.optional("indicators.unitRo", unitRo, UNIT_MAX);
        this.meansOfVerificationEn = Texts.optional("indicators.meansOfVerificationEn",
                meansOfVerificationEn, MEANS_OF_VERIFICATION_MAX);
        this.meansOfVerificationRo = Texts.optional("indicators.meansOfVerificationRo",
                meansOfVerificationRo, MEANS_OF_VERIFICATION_MAX);
    }

    /**
     * An indicator whose unit and means of verification are one text for both languages (a
     * number's unit such as "%", or text still to be translated): what every indicator was
     * before the two languages were separated, and what the migration carried into both.
     */
    public Indicator(String nameEn, String nameRo, String baseline, String target, String unit,
                     String meansOfVerification) {
        this(nameEn, nameRo, baseline, target, shared("indicators.unit", unit, UNIT_MAX),
                shared("indicators.unit", unit, UNIT_MAX),
                shared("indicators.meansOfVerification", meansOfVerification, MEANS_OF_VERIFICATION_MAX),
                shared("indicators.meansOfVerification", meansOfVerification, MEANS_OF_VERIFICATION_MAX));
    }

    /** A text shared by both languages, checked under its shared field's name. */
    private static String shared(String field, String value, int max) {
        return Texts.optional(field, value, max);
    }

    /** The name in the locale's language, or in the other one while untranslated. */
    public String name(Locale locale) {
        return Bilingual.of(nameEn, nameRo).in(locale);
    }

    /** The unit in the locale's language, or in the other one while untranslated. */
    public String unit(Locale locale) {
        return Bilingual.of(unitEn, unitRo).in(locale);
    }

    /** The means of verification in the locale's language, or in the other one while untranslated. */
    public String meansOfVerification(Locale locale) {
        return Bilingual.of(meansOfVerificationEn, meansOfVerificationRo).in(locale);
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

    public String getUnitEn() {
        return orEmpty(unitEn);
    }

    public String getUnitRo() {
        return orEmpty(unitRo);
    }

    public String getMeansOfVerificationEn() {
        return orEmpty(meansOfVerificationEn);
    }

    public String getMeansOfVerificationRo() {
        return orEmpty(meansOfVerificationRo);
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
                && Objects.equals(unitEn, indicator.unitEn)
                && Objects.equals(unitRo, indicator.unitRo)
                && Objects.equals(meansOfVerificationEn, indicator.meansOfVerificationEn)
                && Objects.equals(meansOfVerificationRo, indicator.meansOfVerificationRo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameEn, nameRo, baseline, target, unitEn, unitRo, meansOfVerificationEn,
                meansOfVerificationRo);
    }

    @Override
    public String toString() {
        return "Indicator[" + (nameEn != null ? nameEn : nameRo) + "]";
    }
}
