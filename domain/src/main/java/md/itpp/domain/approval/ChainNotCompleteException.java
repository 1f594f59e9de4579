package md.itpp.domain.approval;

import md.itpp.domain.BusinessException;

/**
 * Approval was asked for before every review step was signed off. {0}: the objective's code.
 */
public class ChainNotCompleteException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.chainNotComplete";

    public ChainNotCompleteException(String code) {
        super(MESSAGE_KEY, code);
    }
}
