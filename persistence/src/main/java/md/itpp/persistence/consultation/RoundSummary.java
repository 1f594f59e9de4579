package md.itpp.persistence.consultation;

import java.io.Serializable;
import java.time.Instant;

import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;

/**
 * A row of the rounds list. For a consultee, {@code submitted} and {@code position} are their
 * institution's; for negotiators {@code submitted} counts the institutions that submitted.
 */
public record RoundSummary(long id, String title, RoundState state, Instant deadline, int objectives,
                           int institutions, int submitted, PositionType position) implements Serializable {
}
