package md.itpp.domain.objective;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

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

    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "name_en", length = NAME_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "name_ro", length = NAME_MAX))
    private Bilingual name;

    @Column(name = "baseline", length = VALUE_MAX)
    private String baseline;

    @Column(name = "target_value", length = VALUE_MAX)
    private String target;

    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "unit_en", length = UNIT_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "unit_ro", length = UNIT_MAX))
    private Bilingual unit;

    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "means_of_verification_en",
            length = MEANS_OF_VERIFICATION_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "means_of_verification_ro",
            length = MEANS_OF_VERIFICATION_MAX))
    private Bilingual meansOfVerification;

    protected Indicator() {
    }

    /** At least one of the names is needed; everything else may be completed later. */
    public Indicator(String nameEn, String nameRo, String baseline, String target, String unitEn, String unitRo,
                     String meansOfVerificationEn, String meansOfVerificationRo) {
        this.name = Bilingual.of(Texts.optional("indicators.nameEn", nameEn, NAME_MAX),
                Texts.optional("indicators.nameRo", nameRo, NAME_MAX));
        if (this.name.en() == null && this.name.ro() == null) {
            // Shown at the first name; the message names both.
            throw ValidationException.of("indicators.nameEn", ValidationException.REQUIRED, "indicators.name");
        }
        this.baseline = Texts.optional("indicators.baseline", baseline, VALUE_MAX);
        this.target = Texts.optional("indicators.target", target, VALUE_MAX);
        this.unit = Bilingual.of(Texts.optional("indicators.unitEn", unitEn, UNIT_MAX),
                Texts.optional("indicators.unitRo", unitRo, UNIT_MAX));
        this.meansOfVerification = Bilingual.of(
                Texts.optional("indicators.meansOfVerificationEn", meansOfVerificationEn, MEANS_OF_VERIFICATION_MAX),
                Texts.optional("indicators.meansOfVerificationRo", meansOfVerificationRo, MEANS_OF_VERIFICATION_MAX));
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
        return getName().in(locale);
    }

    /** The unit in the locale's language, or in the other one while untranslated. */
    public String unit(Locale locale) {
        return getUnit().in(locale);
    }

    /** The means of verification in the locale's language, or in the other one while untranslated. */
    public String meansOfVerification(Locale locale) {
        return getMeansOfVerification().in(locale);
    }

    /** A text none of whose languages is written reads back from the database as no value at all. */
    private static Bilingual orNone(Bilingual text) {
        return text == null ? Bilingual.NONE : text;
    }

    public Bilingual getName() {
        return orNone(name);
    }

    public Bilingual getUnit() {
        return orNone(unit);
    }

    public Bilingual getMeansOfVerification() {
        return orNone(meansOfVerification);
    }

    public String getNameEn() {
        return Objects.toString(getName().en(), "");
    }

    public String getNameRo() {
        return Objects.toString(getName().ro(), "");
    }

    public String getBaseline() {
        return Objects.toString(baseline, "");
    }

    public String getTarget() {
        return Objects.toString(target, "");
    }

    public String getUnitEn() {
        return Objects.toString(getUnit().en(), "");
    }

    public String getUnitRo() {
        return Objects.toString(getUnit().ro(), "");
    }

    public String getMeansOfVerificationEn() {
        return Objects.toString(getMeansOfVerification().en(), "");
    }

    public String getMeansOfVerificationRo() {
        return Objects.toString(getMeansOfVerification().ro(), "");
    }


    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Indicator indicator
                && getName().equals(indicator.getName())
                && Objects.equals(baseline, indicator.baseline)
                && Objects.equals(target, indicator.target)
                && getUnit().equals(indicator.getUnit())
                && getMeansOfVerification().equals(indicator.getMeansOfVerification());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getName(), baseline, target, getUnit(), getMeansOfVerification());
    }

    @Override
    public String toString() {
        return "Indicator[" + (getName().en() != null ? getName().en() : getName().ro()) + "]";
    }
}
