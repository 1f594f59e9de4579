package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** The report is not in a state that allows this. Argument: {0} the report's state. */
public class ReportStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.reportState";

    public ReportStateException(ReportState state) {
        super(MESSAGE_KEY, state);
    }
}
