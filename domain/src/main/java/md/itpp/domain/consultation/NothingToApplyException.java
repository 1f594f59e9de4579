package md.itpp.domain.consultation;

import md.itpp.domain.BusinessException;

/** The comment has no proposed wording that can be written into the draft (no wording, a field without text, not accepted, or already applied). */
public class NothingToApplyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.consultation.nothingToApply";

    public NothingToApplyException() {
        super(MESSAGE_KEY);
    }
}
