package md.itpp.domain.objective;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.ValidationException;

/**
 * What one person typed in the editor of one objective and has not saved yet: the form's
 * content as the editor serialised it, the version of the objective it started from and when
 * it was last kept. It lives in the database rather than in the view, so that it survives an
 * expired view, a new session and a node that dies, and is offered back on any node.
 * <p>
 * It is personal (only its owner reads it) and not a state of the objective: keeping it changes
 * nothing anyone else sees, and saving the objective ends it. Drafts not kept for
 * {@link #LIFETIME} are forgotten.
 */
@Entity
@Table(name = "personal_draft")
@NamedQuery(name = PersonalDraft.FIND,
        query = "select d from PersonalDraft d where d.owner = :owner and d.objectiveId = :objectiveId")
@NamedQuery(name = PersonalDraft.DELETE,
        query = "delete from PersonalDraft d where d.owner = :owner and d.objectiveId = :objectiveId")
@NamedQuery(name = PersonalDraft.DELETE_KEPT_BEFORE,
        query = "delete from PersonalDraft d where d.savedAt < :cutoff")
public class PersonalDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code owner}, {@code objectiveId}: the owner's draft of that objective. */
    public static final String FIND = "PersonalDraft.find";
    /** Parameters {@code owner}, {@code objectiveId}: ends the owner's draft of that objective. */
    public static final String DELETE = "PersonalDraft.delete";
    /** Parameter {@code cutoff}: forgets drafts last kept before it. */
    public static final String DELETE_KEPT_BEFORE = "PersonalDraft.deleteKeptBefore";

    /** How long a draft nobody comes back to is kept. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /** The editor's whole form, long texts in two languages and every row, with room to spare. */
    public static final int CONTENT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner", length = 64, nullable = false, updatable = false)
    private String owner;

    @Column(name = "objective_id", nullable = false, updatable = false)
    private Long objectiveId;

    @Column(name = "content", length = CONTENT_MAX, nullable = false)
    private String content;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PersonalDraft() {
        // for JPA
    }

    public PersonalDraft(String owner, long objectiveId, String content, long baseVersion, Instant now) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A personal draft needs its owner");
        }
        this.owner = owner;
        this.objectiveId = objectiveId;
        keep(content, baseVersion, now);
    }

    /** Replaces what was kept with what the editor shows now. */
    public final void keep(String newContent, long newBaseVersion, Instant now) {
        this.content = checkedContent(newContent);
        this.baseVersion = newBaseVersion;
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    /** The content as a draft may keep it: present and within {@link #CONTENT_MAX}. */
    public static String checkedContent(String content) {
        if (content == null || content.isBlank()) {
            throw ValidationException.required("content");
        }
        if (content.length() > CONTENT_MAX) {
            throw ValidationException.tooLong("content", CONTENT_MAX);
        }
        return content;
    }

    /**
     * Whether the objective was saved since the draft's editor loaded it: the draft then must
     * not be taken over the newer version silently.
     */
    public boolean startedBefore(long currentVersion) {
        return baseVersion != currentVersion;
    }

    /** The moment before which a draft kept then is forgotten at {@code now}. */
    public static Instant forgottenBefore(Instant now) {
        return now.minus(LIFETIME);
    }

    /** Whether the draft is past its lifetime at {@code now}. */
    public boolean isForgottenAt(Instant now) {
        return savedAt.isBefore(forgottenBefore(now));
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public String getContent() {
        return content;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
