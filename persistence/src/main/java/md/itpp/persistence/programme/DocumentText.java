package md.itpp.persistence.programme;

import java.time.Instant;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.text.ServerTexts;

/**
 * The fixed wording of the programme document in its language (document.properties and
 * document_ro.properties next to this class), loaded by {@link ServerTexts}. Times are written
 * in UTC, as decisions are recorded, and say so.
 */
final class DocumentText {

    private final ServerTexts texts;
    private final Language language;

    DocumentText(Language language) {
        this.language = language;
        this.texts = ServerTexts.of("md.itpp.persistence.programme.document", language.locale());
    }

    String get(String key) {
        return texts.text(key);
    }

    String of(Enum<?> value) {
        return ServerTexts.label(language.locale(), value);
    }

    static String utc(Instant instant) {
        return ServerTexts.recorded(instant);
    }
}
