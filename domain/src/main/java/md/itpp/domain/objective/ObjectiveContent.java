package md.itpp.domain.objective;

import java.io.Serializable;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;

/**
 * The written content of an objective, which a negotiator replaces as a whole at each save.
 * Texts are trimmed and blank ones become {@code null}. The title in the authoritative
 * language is required; everything else may be completed while drafting.
 */
public record ObjectiveContent(String titleEn, String titleRo, String textEn, String textRo,
                               Language authoritativeLanguage, SourceInstrument sourceInstrument,
                               Priority priority, String resources, String risks, String context)
        implements Serializable {

    public static final int TITLE_MAX = 500;
    public static final int TEXT_MAX = 20_000;
    public static final int NOTE_MAX = 4000;

    public ObjectiveContent {
        titleEn = Texts.optional("titleEn", titleEn, TITLE_MAX);
        titleRo = Texts.optional("titleRo", titleRo, TITLE_MAX);
        textEn = Texts.optional("textEn", textEn, TEXT_MAX);
        textRo = Texts.optional("textRo", textRo, TEXT_MAX);
        resources = Texts.optional("resources", resources, NOTE_MAX);
        risks = Texts.optional("risks", risks, NOTE_MAX);
        context = Texts.optional("context", context, NOTE_MAX);
        if (authoritativeLanguage == null) {
            throw ValidationException.required("authoritativeLanguage");
        }
        if (sourceInstrument == null) {
            throw ValidationException.required("sourceInstrument");
        }
        if (priority == null) {
            throw ValidationException.required("priority");
        }
        if (authoritativeLanguage == Language.EN && titleEn == null) {
            throw ValidationException.required("titleEn");
        }
        if (authoritativeLanguage == Language.RO && titleRo == null) {
            throw ValidationException.required("titleRo");
        }
    }
}
