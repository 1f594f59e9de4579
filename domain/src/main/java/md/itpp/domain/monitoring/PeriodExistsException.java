package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** The programme already has a reporting period for the year. Argument: {0} the year. */
public class PeriodExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.periodExists";

    public PeriodExistsException(int year) {
        super(MESSAGE_KEY, year);
    }
}
