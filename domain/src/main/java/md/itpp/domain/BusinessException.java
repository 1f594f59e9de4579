package md.itpp.domain;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused an operation. The web layer shows it as a translated message:
 * {@link #messageKey()} names the text in the i18n bundles and {@link #messageArguments()}
 * fills its placeholders. Rolling back keeps a half-done change from being committed when a
 * service catches nothing.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] messageArguments;

    protected BusinessException(String messageKey, Object... messageArguments) {
        super(describe(messageKey, messageArguments));
        this.messageKey = messageKey;
        this.messageArguments = messageArguments == null ? new Object[0] : messageArguments.clone();
    }

    /** The i18n key of the message, e.g. {@code error.transition.notAllowed}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values for the message's placeholders, in order; a copy. */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    private static String describe(String key, Object[] arguments) {
        return arguments == null || arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
    }
}
