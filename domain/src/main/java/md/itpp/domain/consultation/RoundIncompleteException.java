package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A round opens only with at least one objective and one invited institution. */
public class RoundIncompleteException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.roundIncomplete";

    public RoundIncompleteException() {
        super(MESSAGE_KEY);
    }
}
