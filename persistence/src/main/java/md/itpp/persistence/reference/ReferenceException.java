package md.itpp.persistence.reference;

import md.itpp.domain.BusinessException;

/** The refusals of reference data administration, one subclass per failure. */
public abstract class ReferenceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected ReferenceException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The code is taken by another institution or area. */
    public static class CodeTaken extends ReferenceException {
        private static final long serialVersionUID = 1L;

        public CodeTaken(String code) {
            super("error.reference.codeTaken", code);
        }
    }

    /** No institution or area with that id. */
    public static class NotFound extends ReferenceException implements md.itpp.domain.NotFound {
        private static final long serialVersionUID = 1L;

        public NotFound(long id) {
            super("error.reference.notFound", id);
        }
    }
}
