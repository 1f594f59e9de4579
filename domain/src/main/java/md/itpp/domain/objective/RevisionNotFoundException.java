package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;
import md.itpp.domain.NotFound;

/** The objective has no revision with that number. Shares the not-found message. */
public class RevisionNotFoundException extends BusinessException implements NotFound {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.notFound";

    public RevisionNotFoundException(long objectiveId, int number) {
        super(MESSAGE_KEY, objectiveId, number);
    }
}
