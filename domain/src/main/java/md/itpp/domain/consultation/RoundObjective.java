package md.itpp.domain.consultation;

import java.io.Serializable;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;

/**
 * An objective put to a round, with the revision frozen when the round opened: what the
 * institutions comment on, even if the draft moves on afterwards.
 */
@Entity
@Table(name = "consultation_objective")
public class RoundObjective implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ConsultationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private Objective objective;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ObjectiveRevision revision;

    protected RoundObjective() {
    }

    RoundObjective(ConsultationRound round, Objective objective) {
        this.round = round;
        this.objective = objective;
    }

    void freeze(ObjectiveRevision frozen) {
        this.revision = frozen;
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    /** Empty while the round is planned. */
    public Optional<ObjectiveRevision> getRevision() {
        return Optional.ofNullable(revision);
    }
}
