package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A comment or position arrived after the round's deadline: refused, however little late. Argument: {0} the deadline. */
public class DeadlinePassedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.deadlinePassed";

    public DeadlinePassedException(String deadline) {
        super(MESSAGE_KEY, deadline);
    }
}
