package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A plain support carries no comments: choose support with comments, or drop them. */
public class SupportWithCommentsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.supportWithComments";

    public SupportWithCommentsException() {
        super(MESSAGE_KEY);
    }
}
