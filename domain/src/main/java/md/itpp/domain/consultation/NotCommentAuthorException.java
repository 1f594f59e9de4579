package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** An expert may change only the draft comments they wrote; the focal point may change any. */
public class NotCommentAuthorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.notAuthor";

    public NotCommentAuthorException() {
        super(MESSAGE_KEY);
    }
}
