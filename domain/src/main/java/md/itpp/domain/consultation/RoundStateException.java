package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** The round is not in a state that allows this. Argument: {0} the round's state. */
public class RoundStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.state";

    public RoundStateException(RoundState state) {
        super(MESSAGE_KEY, state);
    }
}
