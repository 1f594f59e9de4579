package md.itpp.domain.account;

import md.itpp.domain.BusinessException;
import md.itpp.domain.NotFound;

/** No token of the caller's with that id: another user's tokens look the same as none. */
public class ApiTokenNotFoundException extends BusinessException implements NotFound {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.apiToken.notFound";

    public ApiTokenNotFoundException(long id) {
        super(MESSAGE_KEY, id);
    }
}
