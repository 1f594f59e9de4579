package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** The period is not in a state that allows this. Argument: {0} the period's state. */
public class PeriodStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.periodState";

    public PeriodStateException(PeriodState state) {
        super(MESSAGE_KEY, state);
    }
}
