package md.itpp.domain;

/**
 * The object exists but the caller may not see it. It shares the not-found message so that
 * a refusal does not reveal that the object exists.
 */
public class AccessDeniedException extends BusinessException implements NotFound {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.notFound";

    public AccessDeniedException() {
        super(MESSAGE_KEY);
    }
}
