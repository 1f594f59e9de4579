package md.itpp.domain;

/**
 * Someone else changed the object after the caller's page loaded it, or at the same moment:
 * going on would overwrite their work unseen. Raised when the version the page names is not
 * the stored one, and when a racing write loses at flush (optimistic lock, or a unique
 * constraint that only a concurrent write can breach). The message names the object the way
 * its users know it: message argument {0} is the {@code label} (a code, a title, a number).
 */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** What was changed; each kind has its own sentence, so that the translation can agree with it. */
    public enum Kind {
        OBJECTIVE("error.concurrentChange.objective"),
        ROUND("error.concurrentChange.round"),
        COMMENT("error.concurrentChange.comment"),
        DECISION("error.concurrentChange.decision"),
        ACCOUNT("error.concurrentChange.account"),
        INSTITUTION("error.concurrentChange.institution"),
        AREA("error.concurrentChange.area");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Kind kind;

    public ConcurrentChangeException(Kind kind, String label) {
        this(kind.messageKey(), kind, label);
    }

    /** For a kind whose page says more than the general sentence (the editor keeps the input). */
    protected ConcurrentChangeException(String messageKey, Kind kind, String label) {
        super(messageKey, label);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
