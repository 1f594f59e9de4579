package md.itpp.domain.consultation;

/** How much a comment weighs. */
public enum CommentType {
    CRITICAL,
    SUBSTANTIVE,
    EDITORIAL
}
