package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** A period needs at least one approved objective to report on. Argument: {0} the year. */
public class NoObjectivesToReportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.noObjectives";

    public NoObjectivesToReportException(int year) {
        super(MESSAGE_KEY, year);
    }
}
