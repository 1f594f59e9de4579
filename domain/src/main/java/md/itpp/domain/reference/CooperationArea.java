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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.Bilingual;

/** One of the programme's areas of cooperation, e.g. cyber defence ({@code CYB}). */
@Entity
@Table(name = "cooperation_area")
@NamedQuery(name = CooperationArea.FIND_ALL,
        query = "select a from CooperationArea a order by a.sortOrder, a.code")
@NamedQuery(name = CooperationArea.FIND_BY_CODE,
        query = "select a from CooperationArea a where a.code = :code")
public class CooperationArea implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every area, in the programme's order. */
    public static final String FIND_ALL = "CooperationArea.findAll";
    /** Parameter {@code code}. */
    public static final String FIND_BY_CODE = "CooperationArea.findByCode";

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true, updatable = false)
    private String code;

    /** In both languages; the one rule for choosing between them is {@link Bilingual#in(Locale)}. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "name_en", length = NAME_MAX, nullable = false))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "name_ro", length = NAME_MAX, nullable = false))
    private Bilingual name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Administrators edit reference data: their concurrent edits are version-checked. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CooperationArea() {
    }

    public CooperationArea(Programme programme, String code, String nameEn, String nameRo, int sortOrder) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.code = Texts.required("code", code, CODE_MAX);
        this.name = Bilingual.of(Texts.required("nameEn", nameEn, NAME_MAX), Texts.required("nameRo", nameRo, NAME_MAX));
        this.sortOrder = sortOrder;
    }

    /** The Romanian name for a Romanian locale, the English one otherwise. */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** New names and place in the list; the code never changes. */
    public void rename(String newNameEn, String newNameRo, int newSortOrder) {
        String en = Texts.required("nameEn", newNameEn, NAME_MAX);
        String ro = Texts.required("nameRo", newNameRo, NAME_MAX);
        this.name = Bilingual.of(en, ro);
        this.sortOrder = newSortOrder;
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

    public String getNameEn() {
        return name.en();
    }

    public String getNameRo() {
        return name.ro();
    }

    public Bilingual getName() {
        return name;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Codes are unique and never change. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof CooperationArea area && Objects.equals(getCode(), area.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getCode());
    }

    @Override
    public String toString() {
        return "CooperationArea[" + code + "]";
    }
}
