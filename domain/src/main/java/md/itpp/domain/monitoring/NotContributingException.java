package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** Only an institution that contributes to the objective may add input to its report. Argument: {0} the objective's code. */
public class NotContributingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.notContributing";

    public NotContributingException(String code) {
        super(MESSAGE_KEY, code);
    }
}
