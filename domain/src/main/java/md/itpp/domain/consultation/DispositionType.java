package md.itpp.domain.consultation;

/** The negotiator's decision on a comment. */
public enum DispositionType {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    NOT_ACCEPTED;

    /** Anything short of full acceptance must be explained to the institution. */
    public boolean needsJustification() {
        return this != ACCEPTED;
    }

    /** Whether a proposed wording may be written into the draft. */
    public boolean allowsApplying() {
        return this != NOT_ACCEPTED;
    }
}
