package md.itpp.domain.monitoring;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import md.itpp.domain.Texts;

/**
 * The reported status of one milestone of the objective, by its position in the objective's
 * list (approved objectives are locked, so positions do not move during a period), with the
 * institution's comment and the weight the negotiators give it in the roll-up.
 */
@Embeddable
public class MilestoneProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 4000;
    /** {0}: the milestone's number (1, 2, ...). */
    public static final String STATUS_REQUIRED = "error.monitoring.statusRequired";

    @Column(name = "milestone_index", nullable = false)
    private int milestoneIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 32, nullable = false)
    private MilestoneStatus status;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected MilestoneProgress() {
    }

    MilestoneProgress(int milestoneIndex) {
        this.milestoneIndex = milestoneIndex;
        this.status = MilestoneStatus.NOT_STARTED;
        this.weight = RollUp.DEFAULT_WEIGHT;
    }

    /** The comment as it would be stored; throws when the status is missing or the comment invalid. */
    String check(MilestoneStatus newStatus, String newComment) {
        if (newStatus == null) {
            throw new md.itpp.domain.ValidationException(STATUS_REQUIRED, milestoneIndex + 1);
        }
        return Texts.optional("milestoneComment", newComment, COMMENT_MAX);
    }

    /** Sets what {@link #check} accepted. */
    void report(MilestoneStatus newStatus, String checkedComment) {
        this.status = newStatus;
        this.comment = checkedComment;
    }

    void weigh(int newWeight) {
        this.weight = RollUp.checkWeight(newWeight);
    }

    public int getMilestoneIndex() {
        return milestoneIndex;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    /** Empty when none was written. */
    public String getComment() {
        return comment == null ? "" : comment;
    }

    public int getWeight() {
        return weight;
    }
}
