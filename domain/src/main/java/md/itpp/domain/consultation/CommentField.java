package md.itpp.domain.consultation;

import md.itpp.domain.objective.ObjectiveContent;

/**
 * The part of an objective a comment is about. The written fields can take a proposed wording
 * in one step; the others (the objective as a whole, milestones, indicators) are edited by hand.
 */
public enum CommentField {
    GENERAL,
    TITLE_EN,
    TITLE_RO,
    TEXT_EN,
    TEXT_RO,
    MILESTONES,
    INDICATORS,
    RESOURCES,
    RISKS,
    CONTEXT;

    /** Whether a proposed wording can replace this field's text. */
    public boolean isWritten() {
        return switch (this) {
            case TITLE_EN, TITLE_RO, TEXT_EN, TEXT_RO, RESOURCES, RISKS, CONTEXT -> true;
            default -> false;
        };
    }

    /** The content with this field's text replaced by {@code wording}. */
    public ObjectiveContent replaceIn(ObjectiveContent c, String wording) {
        return switch (this) {
            case TITLE_EN -> new ObjectiveContent(wording, c.titleRo(), c.textEn(), c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context());
            case TITLE_RO -> new ObjectiveContent(c.titleEn(), wording, c.textEn(), c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context());
            case TEXT_EN -> new ObjectiveContent(c.titleEn(), c.titleRo(), wording, c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context());
            case TEXT_RO -> new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), wording, c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context());
            case RESOURCES -> new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), wording, c.risks(), c.context());
            case RISKS -> new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), wording, c.context());
            case CONTEXT -> new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(), c.authoritativeLanguage(),
                    c.sourceInstrument(), c.priority(), c.resources(), c.risks(), wording);
            default -> throw new NothingToApplyException();
        };
    }
}
