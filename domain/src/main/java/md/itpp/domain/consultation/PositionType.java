package md.itpp.domain.consultation;

/** An institution's consolidated position on the round's objectives. */
public enum PositionType {
    SUPPORT,
    SUPPORT_WITH_COMMENTS,
    OBJECTION
}
