package md.itpp.persistence.objective;

import java.io.Serializable;

/**
 * The outcome of a save: the objective, its version now, and the revision written
 * ({@code 0} when nothing changed). {@code replayed} says that this form had already been
 * saved and the earlier result is being reported.
 */
public record SaveResult(long objectiveId, long version, int revision, boolean replayed) implements Serializable {

    public boolean changed() {
        return revision > 0;
    }
}
