package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A round cannot open with a deadline that has already passed. */
public class DeadlineNotInFutureException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.deadlineNotInFuture";

    public DeadlineNotInFutureException() {
        super(MESSAGE_KEY);
    }
}
