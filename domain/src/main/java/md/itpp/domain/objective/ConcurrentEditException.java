package md.itpp.domain.objective;

import md.itpp.domain.ConcurrentChangeException;

/**
 * Someone else saved the objective after the editor loaded it: saving now would silently
 * overwrite their work. Message argument: {0} the objective's code. The editor keeps the
 * unsaved input and can merge it with the newer version.
 */
public class ConcurrentEditException extends ConcurrentChangeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.objective.concurrentEdit";

    private final long objectiveId;

    public ConcurrentEditException(long objectiveId, String code) {
        super(MESSAGE_KEY, Kind.OBJECTIVE, code);
        this.objectiveId = objectiveId;
    }

    public long objectiveId() {
        return objectiveId;
    }
}
