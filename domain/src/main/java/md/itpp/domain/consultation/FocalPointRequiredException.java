package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** Only the institution's focal point may do this (consolidate, drop, submit). */
public class FocalPointRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.focalPointRequired";

    public FocalPointRequiredException() {
        super(MESSAGE_KEY);
    }
}
