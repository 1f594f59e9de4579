package md.itpp.persistence.account;

import md.itpp.domain.BusinessException;
import md.itpp.domain.account.AccountMessages;

/**
 * The refusals of account administration, one subclass per failure, each with the message key
 * of {@link AccountMessages}.
 */
public abstract class AccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected AccountException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** No account with that id. */
    public static class NotFound extends AccountException implements md.itpp.domain.NotFound {
        private static final long serialVersionUID = 1L;

        public NotFound(long id) {
            super(AccountMessages.NOT_FOUND, id);
        }
    }

    /** The username is taken. */
    public static class UsernameTaken extends AccountException {
        private static final long serialVersionUID = 1L;

        public UsernameTaken(String username) {
            super(AccountMessages.USERNAME_TAKEN, username);
        }
    }

    /** An administrator tried to lock themselves out. */
    public static class NotYourself extends AccountException {
        private static final long serialVersionUID = 1L;

        public NotYourself() {
            super(AccountMessages.NOT_YOURSELF);
        }
    }

    /** The current password given was wrong. */
    public static class WrongPassword extends AccountException {
        private static final long serialVersionUID = 1L;

        public WrongPassword() {
            super(AccountMessages.WRONG_PASSWORD);
        }
    }
}
