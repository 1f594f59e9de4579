package md.itpp.domain.approval;

import md.itpp.domain.BusinessException;

/**
 * The caller is not one of the reviewers of the step that awaits a decision. {0}: the objective's code.
 */
public class NotAssignedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.notAssigned";

    public NotAssignedException(String code) {
        super(MESSAGE_KEY, code);
    }
}
