package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** The synthesis cannot be final while comments lack a disposition. Argument: {0} how many. */
public class SynthesisIncompleteException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.synthesisIncomplete";

    public SynthesisIncompleteException(long missing) {
        super(MESSAGE_KEY, missing);
    }
}
