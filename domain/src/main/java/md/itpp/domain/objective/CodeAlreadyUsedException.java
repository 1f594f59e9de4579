package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/** Another objective already has the code. Message argument: {0} the code. */
public class CodeAlreadyUsedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.objective.codeAlreadyUsed";

    public CodeAlreadyUsedException(String code) {
        super(MESSAGE_KEY, code);
    }
}
