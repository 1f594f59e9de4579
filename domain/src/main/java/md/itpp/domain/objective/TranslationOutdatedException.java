package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/**
 * The objective cannot be submitted while its translation is marked out of date: the
 * authoritative text changed after the other language was written. Message argument: {0} the
 * language to update or confirm.
 */
public class TranslationOutdatedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.objective.translationOutdated";

    public TranslationOutdatedException(Language outdated) {
        super(MESSAGE_KEY, outdated);
    }
}
