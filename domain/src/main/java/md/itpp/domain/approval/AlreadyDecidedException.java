package md.itpp.domain.approval;

import md.itpp.domain.BusinessException;

/**
 * The caller already decided on this submission. {0}: the objective's code.
 */
public class AlreadyDecidedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.alreadyDecided";

    public AlreadyDecidedException(String code) {
        super(MESSAGE_KEY, code);
    }
}
