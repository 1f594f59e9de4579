package md.itpp.persistence.account;

import md.itpp.domain.BusinessException;

/** A new password outside the length the policy asks for. */
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(int min, int max) {
        super("error.password.weak", min, max);
    }
}
