package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** A disposition other than full acceptance needs a justification. */
public class JustificationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.justificationRequired";

    public JustificationRequiredException() {
        super(MESSAGE_KEY);
    }
}
