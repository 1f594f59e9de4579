package md.itpp.domain.monitoring;

import md.itpp.domain.BusinessException;

/** A report is submitted with its narrative in Romanian, and in English when English is the objective's authoritative language. Argument: {0} the language missing (RO or EN). */
public class NarrativeRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "error.monitoring.narrativeRequired";

    public NarrativeRequiredException(String language) {
        super(MESSAGE_KEY, language);
    }
}
