package md.itpp.domain.objective;

/**
 * Where an objective stands in its lifecycle. The national part runs from {@link #DRAFT}
 * to {@link #APPROVED}; the negotiation with NATO follows, up to adoption by Government
 * decision. Which action leads where is in {@link ObjectiveAction}.
 */
public enum ObjectiveStatus {
    DRAFT,
    IN_CONSULTATION,
    IN_REVISION,
    SUBMITTED,
    REVIEWED,
    RETURNED,
    APPROVED,
    SENT_TO_NATO,
    NATO_COMMENTS,
    AGREED,
    ADOPTED,
    WITHDRAWN;

    /** Whether the content may be changed: only before submission or after it came back. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVISION || this == RETURNED;
    }
}
