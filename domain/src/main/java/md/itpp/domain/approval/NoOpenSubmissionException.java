package md.itpp.domain.approval;

import md.itpp.domain.BusinessException;

/**
 * The objective is not under review or awaiting approval through the chain. {0}: the objective's code.
 */
public class NoOpenSubmissionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.noOpenSubmission";

    public NoOpenSubmissionException(String code) {
        super(MESSAGE_KEY, code);
    }
}
