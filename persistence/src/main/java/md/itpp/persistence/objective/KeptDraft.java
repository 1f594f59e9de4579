package md.itpp.persistence.objective;

import java.io.Serializable;
import java.time.Instant;

/**
 * The caller's personal draft of an objective, as the editor offers it back: the form's content,
 * the version it started from, when it was last kept, and whether the objective was saved since
 * (then restoring it goes through the editor's concurrent-edit handling).
 */
public record KeptDraft(long objectiveId, String content, long baseVersion, Instant savedAt, boolean stale)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
