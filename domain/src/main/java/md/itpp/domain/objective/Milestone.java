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
 * What an objective should have reached by the end of a year. The objective checks that the
 * year lies within its programme, since only it knows the programme.
 */
@Embeddable
public class Milestone implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 2000;

    @Column(name = "milestone_year", nullable = false)
    private int year;

    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(name = "description_ro", length = DESCRIPTION_MAX)
    private String descriptionRo;

    protected Milestone() {
    }

    /** At least one of the descriptions is needed; the other may follow in translation. */
    public Milestone(int year, String descriptionEn, String descriptionRo) {
        this.year = year;
        this.descriptionEn = Texts.optional("milestones.descriptionEn", descriptionEn, DESCRIPTION_MAX);
        this.descriptionRo = Texts.optional("milestones.descriptionRo", descriptionRo, DESCRIPTION_MAX);
        if (this.descriptionEn == null && this.descriptionRo == null) {
            // Shown at the first description; the message names both.
            throw ValidationException.of("milestones.descriptionEn", ValidationException.REQUIRED,
                    "milestones.description");
        }
    }

    /** Refuses a year outside the programme's period, {@code firstYear} to {@code lastYear}. */
    public static void checkYear(int year, int firstYear, int lastYear) {
        if (year < firstYear || year > lastYear) {
            // Years as text: a number argument would be formatted with a thousands separator.
            throw ValidationException.of("milestones.year", ObjectiveMessages.MILESTONE_YEAR_OUT_OF_RANGE,
                    String.valueOf(year), String.valueOf(firstYear), String.valueOf(lastYear));
        }
    }

    public int getYear() {
        return year;
    }

    /** Empty when not yet written. */
    public String getDescriptionEn() {
        return descriptionEn == null ? "" : descriptionEn;
    }

    /** Empty when not yet written. */
    public String getDescriptionRo() {
        return descriptionRo == null ? "" : descriptionRo;
    }

    /** The description in the locale's language, or in the other one while untranslated. */
    public String description(Locale locale) {
        return Bilingual.of(descriptionEn, descriptionRo).in(locale);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Milestone milestone
                && year == milestone.year
                && Objects.equals(descriptionEn, milestone.descriptionEn)
                && Objects.equals(descriptionRo, milestone.descriptionRo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, descriptionEn, descriptionRo);
    }

    @Override
    public String toString() {
        return "Milestone[" + year + "]";
    }
}
