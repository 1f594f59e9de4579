package md.itpp.domain.approval;

import md.itpp.domain.BusinessException;

/**
 * No approval chain is configured for the programme yet, so nothing can be submitted.
 */
public class NoApprovalChainException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.noChain";

    public NoApprovalChainException() {
        super(MESSAGE_KEY);
    }
}
