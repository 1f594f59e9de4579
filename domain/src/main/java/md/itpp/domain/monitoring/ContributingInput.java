package md.itpp.domain.monitoring;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import md.itpp.domain.Texts;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.Institution;

/**
 * A contributing institution's input to a report: one text per institution, which its experts
 * and focal point keep up to date until the lead institution submits.
 */
@Entity
@Table(name = "monitoring_input")
public class ContributingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Column(name = "body", length = TEXT_MAX, nullable = false)
    private String text;

    @Column(name = "author", length = Objective.USERNAME_MAX, nullable = false)
    private String author;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContributingInput() {
    }

    ContributingInput(ProgressReport report, Institution institution) {
        this.report = report;
        this.institution = institution;
    }

    void write(String username, String newText, Instant now) {
        this.text = Texts.required("input", newText, TEXT_MAX);
        this.author = username;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
