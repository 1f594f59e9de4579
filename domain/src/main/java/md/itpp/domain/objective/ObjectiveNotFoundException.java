package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;
import md.itpp.domain.NotFound;

/**
 * No objective with that id or code. Same message as {@link md.itpp.domain.AccessDeniedException},
 * so that the two cannot be told apart. Message argument: {0} the id or code asked for.
 */
public class ObjectiveNotFoundException extends BusinessException implements NotFound {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.notFound";

    public ObjectiveNotFoundException(long id) {
        super(MESSAGE_KEY, id);
    }

    public ObjectiveNotFoundException(String code) {
        super(MESSAGE_KEY, code);
    }
}
