package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** The institution has submitted its position: its comments and position are read-only. */
public class PositionSubmittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.positionSubmitted";

    public PositionSubmittedException() {
        super(MESSAGE_KEY);
    }
}
