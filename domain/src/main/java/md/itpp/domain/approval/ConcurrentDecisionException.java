package md.itpp.domain.approval;

import md.itpp.domain.ConcurrentChangeException;

/**
 * Someone else decided on the objective at the same moment; the page must be reloaded. {0}: the objective's code.
 */
public class ConcurrentDecisionException extends ConcurrentChangeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.approval.concurrentDecision";

    public ConcurrentDecisionException(String code) {
        super(MESSAGE_KEY, Kind.DECISION, code);
    }
}
