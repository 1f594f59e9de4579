package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/**
 * The objective's status, or the caller's roles, do not permit the action.
 * Message arguments: {0} the action, {1} the current status (both enum constants).
 */
public class TransitionNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.transition.notAllowed";

    private final ObjectiveAction action;
    private final ObjectiveStatus status;

    public TransitionNotAllowedException(ObjectiveAction action, ObjectiveStatus status) {
        super(MESSAGE_KEY, action, status);
        this.action = action;
        this.status = status;
    }

    public ObjectiveAction action() {
        return action;
    }

    public ObjectiveStatus status() {
        return status;
    }
}
