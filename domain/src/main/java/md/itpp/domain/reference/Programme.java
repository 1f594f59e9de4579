package md.itpp.domain.reference;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.Bilingual;

/** The partnership programme, e.g. the ITPP Moldova-NATO 2025-2028, and the years it covers. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.FIND_BY_CODE, query = "select p from Programme p where p.code = :code")
public class Programme implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code code}. */
    public static final String FIND_BY_CODE = "Programme.findByCode";

    public static final int CODE_MAX = 32;
    public static final int TITLE_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true, updatable = false)
    private String code;

    /** In both languages; the one rule for choosing between them is {@link Bilingual#in(Locale)}. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "title_en", length = TITLE_MAX, nullable = false))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "title_ro", length = TITLE_MAX, nullable = false))
    private Bilingual title;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    protected Programme() {
    }

    public Programme(String code, String titleEn, String titleRo, int startYear, int endYear) {
        if (startYear > endYear) {
            throw ValidationException.invalid("endYear");
        }
        this.code = Texts.required("code", code, CODE_MAX);
        this.title = Bilingual.of(Texts.required("titleEn", titleEn, TITLE_MAX),
                Texts.required("titleRo", titleRo, TITLE_MAX));
        this.startYear = startYear;
        this.endYear = endYear;
    }

    /** Whether the year lies within the programme's period, both ends included. */
    public boolean coversYear(int year) {
        return year >= startYear && year <= endYear;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleEn() {
        return title.en();
    }

    public String getTitleRo() {
        return title.ro();
    }

    public Bilingual getTitle() {
        return title;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    /** Codes are unique and never change. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Programme programme && Objects.equals(getCode(), programme.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getCode());
    }

    @Override
    public String toString() {
        return "Programme[" + code + "]";
    }
}
