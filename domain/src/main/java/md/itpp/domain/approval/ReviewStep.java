package md.itpp.domain.approval;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import md.itpp.domain.Bilingual;

/** One review step of an {@link ApprovalChain}; as immutable as its chain. */
@Entity
@Table(name = "approval_step")
public class ReviewStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "chain_id", nullable = false, updatable = false)
    private ApprovalChain chain;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    /** In both languages; the one rule for choosing between them is {@link Bilingual#in(Locale)}. */
    @Embedded
    @AttributeOverride(name = Bilingual.EN, column = @Column(name = "name_en", length = ApprovalChain.NAME_MAX, nullable = false, updatable = false))
    @AttributeOverride(name = Bilingual.RO, column = @Column(name = "name_ro", length = ApprovalChain.NAME_MAX, nullable = false, updatable = false))
    private Bilingual name;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_rule", length = 32, nullable = false, updatable = false)
    private StepRule rule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_step_reviewer", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "username", length = 64, nullable = false)
    private Set<String> reviewers = new LinkedHashSet<>();

    protected ReviewStep() {
    }

    ReviewStep(ApprovalChain chain, int position, String nameEn, String nameRo, StepRule rule, Set<String> reviewers) {
        this.chain = chain;
        this.position = position;
        this.name = Bilingual.of(nameEn, nameRo);
        this.rule = rule;
        this.reviewers.addAll(reviewers);
    }

    public Long getId() {
        return id;
    }

    /** From 0, in the order of the chain. */
    public int getPosition() {
        return position;
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

    public String name(Locale locale) {
        return name.in(locale);
    }

    public StepRule getRule() {
        return rule;
    }

    /** Usernames; an unmodifiable view. */
    public Set<String> getReviewers() {
        return Collections.unmodifiableSet(reviewers);
    }

    public boolean names(String username) {
        return reviewers.contains(username);
    }

    /** Whether the sign-offs by these people complete the step. */
    public boolean isCompletedBy(Set<String> signers) {
        return rule == StepRule.ANY_ONE
                ? reviewers.stream().anyMatch(signers::contains)
                : signers.containsAll(reviewers);
    }
}
