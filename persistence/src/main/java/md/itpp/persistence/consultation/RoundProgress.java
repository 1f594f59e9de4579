package md.itpp.persistence.consultation;

import java.io.Serializable;
import java.time.Instant;

import md.itpp.domain.consultation.RoundState;

/**
 * How far one consultation round has come, for the dashboard: institutions invited, positions
 * submitted, comments submitted with them, and comments the negotiators have disposed of.
 */
public record RoundProgress(long id, String title, RoundState state, Instant deadline, int invited,
                            int positions, long comments, long disposed) implements Serializable {

    /** Comments still waiting for a disposition. */
    public long undisposed() {
        return comments - disposed;
    }
}
