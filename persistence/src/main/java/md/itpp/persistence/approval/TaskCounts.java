package md.itpp.persistence.approval;

import java.io.Serializable;

/** How many tasks of each kind await the caller; shown in the menu on every page. */
public record TaskCounts(long revise, long signOff, long approve, long natoSteps) implements Serializable {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0);

    /** How many tasks of that kind. */
    public long of(TaskKind kind) {
        return switch (kind) {
            case REVISE -> revise;
            case SIGN_OFF -> signOff;
            case APPROVE -> approve;
            case NATO_STEP -> natoSteps;
        };
    }

    public long total() {
        return revise + signOff + approve + natoSteps;
    }
}
