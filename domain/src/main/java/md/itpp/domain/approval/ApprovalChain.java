package md.itpp.domain.approval;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.reference.Programme;

/**
 * The approval chain of a programme: ordered review steps, then final approval by an approver.
 * A chain never changes once stored: configuring the chain stores a new one, and the newest is
 * the programme's. A submission keeps the chain it started with, so a change of configuration
 * never moves the goalposts of a review under way.
 */
@Entity
@Table(name = "approval_chain")
@NamedQuery(name = ApprovalChain.FIND_CURRENT,
        query = "select c from ApprovalChain c where c.programme.id = :programmeId order by c.id desc")
public class ApprovalChain implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code programmeId}; newest first (read one row). */
    public static final String FIND_CURRENT = "ApprovalChain.findCurrent";

    public static final int STEPS_MAX = 10;
    public static final int REVIEWERS_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int REVIEW_DAYS_MAX = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @Column(name = "review_days", updatable = false)
    private Integer reviewDays;

    @Column(name = "created_by", length = 64, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "chain", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ReviewStep> steps = new ArrayList<>();

    protected ApprovalChain() {
    }

    /**
     * A new chain for the programme, configured by an administrator. Every reviewer must hold
     * the reviewer role ({@code reviewerRoles} tells, by username, what each named person holds)
     * and appear in one step only.
     *
     * @param reviewDays days from submission within which the chain should be done, or {@code null}
     */
    public static ApprovalChain configure(Actor admin, Programme programme, List<StepDefinition> definitions,
                                          Integer reviewDays, Map<String, Set<Role>> reviewerRoles) {
        Objects.requireNonNull(admin, "admin");
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        if (programme == null) {
            throw ValidationException.required("programme");
        }
        List<StepDefinition> given = definitions == null ? List.of() : definitions;
        if (given.isEmpty() || given.size() > STEPS_MAX) {
            throw new ValidationException(ApprovalMessages.STEP_COUNT, STEPS_MAX);
        }
        if (reviewDays != null && (reviewDays < 1 || reviewDays > REVIEW_DAYS_MAX)) {
            throw new ValidationException(ApprovalMessages.REVIEW_DAYS, "1", String.valueOf(REVIEW_DAYS_MAX));
        }
        ApprovalChain chain = new ApprovalChain();
        chain.programme = programme;
        chain.reviewDays = reviewDays;
        chain.createdBy = admin.username();
        chain.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Integer> stepOf = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            StepDefinition definition = given.get(i);
            if (definition == null) {
                throw ValidationException.invalid("steps");
            }
            Set<String> reviewers = new LinkedHashSet<>();
            for (String name : definition.reviewers()) {
                String username = Texts.trimToNull(name);
                if (username == null) {
                    continue;
                }
                Set<Role> roles = reviewerRoles == null ? null : reviewerRoles.get(username);
                if (roles == null || !roles.contains(Role.REVIEWER)) {
                    throw new ValidationException(ApprovalMessages.NOT_A_REVIEWER, username);
                }
                Integer earlier = stepOf.putIfAbsent(username, i);
                if (earlier != null && earlier != i) {
                    throw new ValidationException(ApprovalMessages.REVIEWER_IN_TWO_STEPS, username);
                }
                reviewers.add(username);
            }
            if (reviewers.isEmpty()) {
                throw new ValidationException(ApprovalMessages.STEP_WITHOUT_REVIEWERS, String.valueOf(i + 1));
            }
            if (reviewers.size() > REVIEWERS_MAX) {
                throw ValidationException.tooMany("reviewers", REVIEWERS_MAX);
            }
            if (definition.rule() == null) {
                throw ValidationException.required("rule");
            }
            chain.steps.add(new ReviewStep(chain, i,
                    Texts.required("nameEn", definition.nameEn(), NAME_MAX),
                    Texts.required("nameRo", definition.nameRo(), NAME_MAX),
                    definition.rule(), reviewers));
        }
        return chain;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    /** In order; an unmodifiable view. */
    public List<ReviewStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public ReviewStep step(int position) {
        return steps.get(position);
    }

    public int size() {
        return steps.size();
    }

    public Optional<Integer> getReviewDays() {
        return Optional.ofNullable(reviewDays);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The definitions this chain was made from, e.g. to fill the configuration form. */
    public List<StepDefinition> definitions() {
        return steps.stream().map(s -> new StepDefinition(s.getNameEn(), s.getNameRo(), s.getRule(),
                List.copyOf(s.getReviewers()))).toList();
    }
}
