package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/**
 * The objective's content cannot be written now: its status is past drafting and revision,
 * or the caller is not a negotiator. Message argument: {0} the current status.
 */
public class EditNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.objective.notEditable";

    private final ObjectiveStatus status;

    public EditNotAllowedException(ObjectiveStatus status) {
        super(MESSAGE_KEY, status);
        this.status = status;
    }

    public ObjectiveStatus status() {
        return status;
    }
}
