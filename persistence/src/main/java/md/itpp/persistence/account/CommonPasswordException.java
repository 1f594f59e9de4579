package md.itpp.persistence.account;

import md.itpp.domain.BusinessException;

/** A new password that is on the list of common passwords, or a variant of one. */
public class CommonPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CommonPasswordException() {
        super("error.password.common");
    }
}
