package md.itpp.domain.objective;

/** What a revision records. */
public enum RevisionKind {
    /** The objective was created with this content. */
    CREATED,
    /** A negotiator saved changed content. */
    EDITED,
    /** A negotiator confirmed the translation still matches the changed authoritative text. */
    TRANSLATION_CONFIRMED,
    /** A proposed wording from a consultation comment was written into the draft (the comment links it). */
    PROPOSAL_APPLIED
}
