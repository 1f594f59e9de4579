package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/** The action needs a reason and none was given. Message argument: {0} the action. */
public class ReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.reason.required";

    private final ObjectiveAction action;

    public ReasonRequiredException(ObjectiveAction action) {
        super(MESSAGE_KEY, action);
        this.action = action;
    }

    public ObjectiveAction action() {
        return action;
    }
}
