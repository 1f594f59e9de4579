package md.itpp.persistence.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.document.DocumentCache;

/**
 * Writes the programme documents this node has been asked for again as soon as their content
 * changed, before the next download asks: the PDF of the whole programme is seconds of two cores'
 * layout (731 pages at ten times the real scale), which the first download after each approval
 * would otherwise wait for. Each document is kept under its content ({@link DocumentCache}), so
 * "changed" is simply that the model read now has a key with no document: whatever changed
 * (an objective, its approval record, an institution's name, the programme's title), on whatever
 * node. Only what was asked for on this node within {@link #ASKED_WITHIN} is written ahead: a
 * node nobody downloads from writes nothing.
 * <p>
 * CDI rather than an EJB: the timer that calls it ({@link ProgrammeDocumentScheduler}) has no
 * caller, hence no role, and downloads tell it what they asked for ({@link #asked}).
 */
@ApplicationScoped
public class ProgrammeDocumentsAhead {

    private static final Logger LOG = Logger.getLogger(ProgrammeDocumentsAhead.class.getName());

    /** A document asked for on this node within this time is kept written ahead. */
    static final Duration ASKED_WITHIN = Duration.ofDays(1);

    /** A format in a language. */
    record Kind(String format, Language language) {
    }

    /** When each kind was last asked for on this node. */
    private final ConcurrentMap<Kind, Instant> asked = new ConcurrentHashMap<>();

    @Inject
    private ProgrammeModel model;
    @Inject
    private DocumentCache cache;
    @Resource
    private ManagedExecutorService executor;
    @Inject
    private Clock clock;

    /** A download of {@code format} in {@code language} was asked for on this node now. */
    void asked(String format, Language language) {
        asked.put(new Kind(format, language), clock.instant());
    }

    /**
     * Writes, one after the other, the documents asked for within {@link #ASKED_WITHIN} of
     * {@code now} whose current content has no document kept; forgets the kinds asked for longer
     * ago. The model is read once per language.
     *
     * @return how many documents were written
     */
    public int writeChanged(Instant now) {
        asked.values().removeIf(at -> at.isBefore(now.minus(ASKED_WITHIN)));
        int written = 0;
        for (Map.Entry<Language, List<Kind>> language : due(asked.keySet()).entrySet()) {
            ProgrammeDocument document = model.read(language.getKey());
            for (Kind kind : language.getValue()) {
                long started = System.nanoTime();
                if (cache.prepare(ProgrammeDocumentService.key(kind.format(), document),
                        ProgrammeDocumentService.writer(kind.format(), document, executor))) {
                    written++;
                    LOG.log(Level.INFO, "Programme document ({0}, {1}) written ahead in {2,number,#} ms", new Object[] {
                        kind.format(), kind.language().code(), (System.nanoTime() - started) / 1_000_000});
                }
            }
        }
        return written;
    }

    /** Whether the document of {@code format} in {@code language} with the content of now is kept on this node. */
    public boolean kept(String format, Language language) {
        return cache.holds(ProgrammeDocumentService.key(format, model.read(language)));
    }

    /** The kinds by language, in a fixed order (the PDF, the longer to write, first). */
    static Map<Language, List<Kind>> due(Collection<Kind> kinds) {
        Map<Language, List<Kind>> byLanguage = new EnumMap<>(Language.class);
        kinds.stream().sorted(Comparator.comparing((Kind k) -> !ProgrammeDocumentService.PDF.equals(k.format()))
                        .thenComparing(Kind::format))
                .forEach(k -> byLanguage.computeIfAbsent(k.language(), l -> new ArrayList<>()).add(k));
        return byLanguage;
    }
}
