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
 * What an objective should have reached by the end of a year. The objective checks that the
 * year lies within its programme, since only it knows the programme.
 */
@Embeddable
public class Milestone implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 2000;

    @Column(name = "milestone_year", nullable = false)
    private int year;

    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "description_en", length = DESCRIPTION_MAX))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "description_ro", length = DESCRIPTION_MAX))
    private Bilingual description;

    protected Milestone() {
    }

    /** At least one of the descriptions is needed; the other may follow in translation. */
    public Milestone(int year, String descriptionEn, String descriptionRo) {
        this.year = year;
        this.description = Bilingual.of(Texts.optional("milestones.descriptionEn", descriptionEn, DESCRIPTION_MAX),
                Texts.optional("milestones.descriptionRo", descriptionRo, DESCRIPTION_MAX));
        if (this.description.en() == null && this.description.ro() == null) {
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

    /** Both languages; never {@code null} (a row read back always has one of them). */
    public Bilingual getDescription() {
        return description == null ? Bilingual.NONE : description;
    }

    /** Empty when not yet written. */
    public String getDescriptionEn() {
        String en = getDescription().en();
        return en == null ? "" : en;
    }

    /** Empty when not yet written. */
    public String getDescriptionRo() {
        String ro = getDescription().ro();
        return ro == null ? "" : ro;
    }

    /** The description in the locale's language, or in the other one while untranslated. */
    public String description(Locale locale) {
        return getDescription().in(locale);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Milestone milestone
                && year == milestone.year
                && getDescription().equals(milestone.getDescription());
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, getDescription());
    }

    @Override
    public String toString() {
        return "Milestone[" + year + "]";
    }
}
