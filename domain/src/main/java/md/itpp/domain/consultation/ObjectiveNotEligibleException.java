package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** Only an objective in draft or in revision can be put to consultation. Argument: {0} its code. */
public class ObjectiveNotEligibleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.objectiveNotEligible";

    public ObjectiveNotEligibleException(String code) {
        super(MESSAGE_KEY, code);
    }
}
