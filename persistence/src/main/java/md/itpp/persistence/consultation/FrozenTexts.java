package md.itpp.persistence.consultation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveSnapshot;

/**
 * The titles and texts of the revisions that rounds froze, as the round page and the
 * comment-resolution table show them. A
 * revision is written once and never changed (its SHA-256 is its content's), so what was read
 * of it stays true on every node and needs no invalidation. Without this, each request of a
 * round page loaded each of its objectives' frozen revisions and parsed the whole snapshot
 * (text, indicators, milestones) from JSON: a sixth of that page's CPU at twenty objectives.
 * The most recently used {@link #MAX} revisions are kept (a few MB at most).
 */
@ApplicationScoped
public class FrozenTexts {

    /** Revisions kept: more than all rounds of a programme hold. */
    static final int MAX = 2_000;

    /** What the round page shows of a frozen revision. */
    record Frozen(int number, String sha256, String titleEn, String titleRo, String textEn, String textRo) {
    }

    @PersistenceUnit(unitName = "itpp")
    private EntityManagerFactory emf;

    private final Map<Object, Frozen> kept = Collections.synchronizedMap(new Recent());

    /** Access order, the least recently used left out beyond {@link #MAX}. */
    private static final class Recent extends LinkedHashMap<Object, Frozen> {
        private static final long serialVersionUID = 1L;

        Recent() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Frozen> eldest) {
            return size() > MAX;
        }
    }

    /**
     * The round's item for an objective frozen at that revision. The revision (a lazy reference)
     * is read and parsed only the first time; its id is known without loading it.
     */
    RoundView.ObjectiveItem item(Objective objective, ObjectiveRevision revision) {
        Frozen frozen = of(revision);
        return new RoundView.ObjectiveItem(objective.getId(), objective.getCode(), objective.getStatus(),
                objective.getVersion(), frozen.number(), frozen.sha256(), frozen.titleEn(), frozen.titleRo(),
                frozen.textEn(), frozen.textRo());
    }

    /** What is shown of that revision, read and parsed the first time it is asked for. */
    Frozen of(ObjectiveRevision revision) {
        Object id = emf.getPersistenceUnitUtil().getIdentifier(revision);
        Frozen frozen = kept.get(id);
        if (frozen == null) {
            ObjectiveSnapshot s = revision.content();
            frozen = new Frozen(revision.getNumber(), revision.getSha256(), s.titleEn(), s.titleRo(), s.textEn(), s.textRo());
            kept.put(id, frozen);
        }
        return frozen;
    }
}
