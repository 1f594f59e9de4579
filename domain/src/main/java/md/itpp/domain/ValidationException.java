package md.itpp.domain;

/**
 * A value the domain cannot accept: a missing or too long field, a year outside the programme,
 * and the like. Field arguments are property names (e.g. {@code titleEn}), which the web layer
 * can turn into labels.
 */
public class ValidationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** {0}: field. */
    public static final String REQUIRED = "error.validation.required";
    /** {0}: field, {1}: maximum length. */
    public static final String TOO_LONG = "error.validation.tooLong";
    /** {0}: field, {1}: minimum length, {2}: maximum length. */
    public static final String LENGTH = "error.validation.length";
    /** {0}: field. */
    public static final String INVALID = "error.validation.invalid";
    /** {0}: field. Control characters other than tab and line feed. */
    public static final String CONTROL_CHARACTERS = "error.validation.controlCharacters";
    /** {0}: field, {1}: the most allowed. */
    public static final String TOO_MANY = "error.validation.tooMany";

    public ValidationException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }

    public static ValidationException required(String field) {
        return new ValidationException(REQUIRED, field);
    }

    public static ValidationException tooLong(String field, int maxLength) {
        return new ValidationException(TOO_LONG, field, maxLength);
    }

    public static ValidationException invalid(String field) {
        return new ValidationException(INVALID, field);
    }
}
