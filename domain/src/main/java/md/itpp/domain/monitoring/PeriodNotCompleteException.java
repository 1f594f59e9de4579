package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** The period cannot close while reports are not accepted. Argument: {0} how many are not. */
public class PeriodNotCompleteException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.periodNotComplete";

    public PeriodNotCompleteException(long outstanding) {
        super(MESSAGE_KEY, outstanding);
    }
}
