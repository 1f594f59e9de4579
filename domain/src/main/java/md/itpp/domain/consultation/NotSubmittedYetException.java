package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A comment gets a disposition only once its institution has submitted it. */
public class NotSubmittedYetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.notSubmittedYet";

    public NotSubmittedYetException() {
        super(MESSAGE_KEY);
    }
}
