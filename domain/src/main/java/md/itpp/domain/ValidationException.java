package md.itpp.domain;

import java.util.Optional;

/**
 * A value the domain cannot accept: a missing or too long field, a year outside the programme,
 * and the like. Field arguments are property names (e.g. {@code titleEn}), which the web layer
 * can turn into labels.
 * <p>
 * {@link #field()} names the property the refused value belongs to, when there is one, so that a
 * form can show the message next to that input without reading the message's arguments: rows
 * are named {@code milestones.year}, {@code indicators.unit} and so on.
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

    /** The property the refused value belongs to; {@code null} for a rule about the whole. */
    private final String field;

    /** A refusal that belongs to no single field (shown at the top of a form). */
    public ValidationException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
        this.field = null;
    }

    private ValidationException(String field, String messageKey, Object[] messageArguments) {
        super(messageKey, messageArguments);
        this.field = field;
    }

    /** A refusal of the value of {@code field}, with the message's own arguments. */
    public static ValidationException of(String field, String messageKey, Object... messageArguments) {
        return new ValidationException(field, messageKey, messageArguments);
    }

    public static ValidationException required(String field) {
        return of(field, REQUIRED, field);
    }

    public static ValidationException tooLong(String field, int maxLength) {
        return of(field, TOO_LONG, field, maxLength);
    }

    public static ValidationException length(String field, int minLength, int maxLength) {
        return of(field, LENGTH, field, minLength, maxLength);
    }

    public static ValidationException invalid(String field) {
        return of(field, INVALID, field);
    }

    public static ValidationException controlCharacters(String field) {
        return of(field, CONTROL_CHARACTERS, field);
    }

    public static ValidationException tooMany(String field, int most) {
        return of(field, TOO_MANY, field, most);
    }

    /** The property the refused value belongs to, or empty for a rule about the whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
