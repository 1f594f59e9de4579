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
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.Bilingual;

/**
 * A national institution that leads or contributes to objectives, e.g. the Ministry of
 * Defence. The abbreviation is the Romanian one used in Moldova (MA, MAI, SIS), which
 * documents in both languages keep.
 */
@Entity
@Table(name = "institution")
@NamedQuery(name = Institution.FIND_ALL,
        query = "select i from Institution i order by i.abbreviation")
@NamedQuery(name = Institution.FIND_BY_CODE,
        query = "select i from Institution i where i.code = :code")
public class Institution implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every institution, by abbreviation. */
    public static final String FIND_ALL = "Institution.findAll";
    /** Parameter {@code code}. */
    public static final String FIND_BY_CODE = "Institution.findByCode";

    public static final int CODE_MAX = 32;
    public static final int ABBREVIATION_MAX = 32;
    public static final int NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "abbreviation", length = ABBREVIATION_MAX, nullable = false)
    private String abbreviation;

    /** In both languages; the one rule for choosing between them is {@link Bilingual#in(Locale)}. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "name_en", length = NAME_MAX, nullable = false))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "name_ro", length = NAME_MAX, nullable = false))
    private Bilingual name;

    /** Administrators edit reference data: their concurrent edits are version-checked. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Institution() {
    }

    public Institution(String code, String abbreviation, String nameEn, String nameRo) {
        this.code = Texts.required("code", code, CODE_MAX);
        this.abbreviation = Texts.required("abbreviation", abbreviation, ABBREVIATION_MAX);
        this.name = Bilingual.of(Texts.required("nameEn", nameEn, NAME_MAX), Texts.required("nameRo", nameRo, NAME_MAX));
    }

    /** The Romanian name for a Romanian locale, the English one otherwise. */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** New abbreviation and names; the code never changes. */
    public void rename(String newAbbreviation, String newNameEn, String newNameRo) {
        String abbreviation = Texts.required("abbreviation", newAbbreviation, ABBREVIATION_MAX);
        String en = Texts.required("nameEn", newNameEn, NAME_MAX);
        String ro = Texts.required("nameRo", newNameRo, NAME_MAX);
        this.abbreviation = abbreviation;
        this.name = Bilingual.of(en, ro);
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getNameEn() {
        return name.en();
    }

    public String getNameRo() {
        return name.ro();
    }

    public Bilingual getName() {
        return name;
    }

    /** Codes are unique and never change. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Institution institution && Objects.equals(getCode(), institution.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getCode());
    }

    @Override
    public String toString() {
        return "Institution[" + code + "]";
    }
}
