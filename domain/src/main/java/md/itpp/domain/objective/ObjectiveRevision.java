package md.itpp.domain.objective;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Actor;

/**
 * An immutable record of an objective's content after one save: the canonical snapshot, its
 * SHA-256, who saved and when. Numbers run 1, 2, 3... per objective. Every column is
 * written once: there are no setters, and the mapping refuses updates.
 * <p>
 * The save token is the one-time token of the editor form that caused the save: a repeated
 * POST of the same form finds its revision and is answered with it instead of saving again.
 */
@Entity
@Table(name = "objective_revision")
@NamedQuery(name = ObjectiveRevision.FIND_LATEST,
        query = "select r from ObjectiveRevision r where r.objective.id = :objectiveId order by r.number desc")
@NamedQuery(name = ObjectiveRevision.FIND_BY_NUMBER,
        query = "select r from ObjectiveRevision r where r.objective.id = :objectiveId and r.number = :number")
@NamedQuery(name = ObjectiveRevision.FIND_BY_TOKEN,
        query = "select r from ObjectiveRevision r where r.saveToken = :token")
@NamedQuery(name = ObjectiveRevision.COUNT,
        query = "select count(r) from ObjectiveRevision r where r.objective.id = :objectiveId")
@NamedQuery(name = ObjectiveRevision.LIST,
        query = "select new md.itpp.domain.objective.RevisionSummary(r.number, r.kind, r.author, r.createdAt, r.sha256)"
                + " from ObjectiveRevision r where r.objective.id = :objectiveId order by r.number desc")
public class ObjectiveRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code objectiveId}; the newest first (read one row). */
    public static final String FIND_LATEST = "ObjectiveRevision.findLatest";
    /** Parameters {@code objectiveId}, {@code number}. */
    public static final String FIND_BY_NUMBER = "ObjectiveRevision.findByNumber";
    /** Parameter {@code token}. */
    public static final String FIND_BY_TOKEN = "ObjectiveRevision.findByToken";
    /** Parameter {@code objectiveId}. */
    public static final String COUNT = "ObjectiveRevision.count";
    /** Parameter {@code objectiveId}; summaries without the snapshot, newest first, to be paged. */
    public static final String LIST = "ObjectiveRevision.list";

    /** Room for the largest content the limits allow, JSON escapes included. */
    public static final int SNAPSHOT_MAX = 1_000_000;
    public static final int HASH_LENGTH = 64;
    public static final int TOKEN_LENGTH = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private Objective objective;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false, updatable = false)
    private RevisionKind kind;

    @Column(name = "author", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "snapshot", length = SNAPSHOT_MAX, nullable = false, updatable = false)
    private String snapshot;

    @Column(name = "sha256", length = HASH_LENGTH, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "save_token", length = TOKEN_LENGTH, unique = true, updatable = false)
    private String saveToken;

    protected ObjectiveRevision() {
    }

    /**
     * The revision following {@code previousNumber} (0 for the first), of the objective's
     * content as it is now.
     *
     * @param saveToken the editor form's one-time token (a UUID), or {@code null}
     */
    public ObjectiveRevision(Objective objective, int previousNumber, RevisionKind kind, Actor author,
                             String saveToken) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.number = previousNumber + 1;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.author = Objects.requireNonNull(author, "author").username();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.snapshot = ObjectiveSnapshot.of(objective).toJson();
        this.sha256 = ObjectiveSnapshot.sha256(snapshot);
        this.saveToken = checkToken(saveToken);
        if (snapshot.length() > SNAPSHOT_MAX) {
            throw ValidationException.tooLong("content", SNAPSHOT_MAX);
        }
    }

    /** The token in its canonical form, or {@code null}; anything but a UUID is refused. */
    public static String checkToken(String token) {
        if (token == null) {
            return null;
        }
        try {
            String canonical = UUID.fromString(token).toString();
            if (!canonical.equalsIgnoreCase(token)) {
                throw ValidationException.invalid("saveToken");
            }
            return canonical;
        } catch (IllegalArgumentException e) {
            throw ValidationException.invalid("saveToken");
        }
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public int getNumber() {
        return number;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The canonical JSON of the content. */
    public String getSnapshot() {
        return snapshot;
    }

    public ObjectiveSnapshot content() {
        return ObjectiveSnapshot.fromJson(snapshot);
    }

    public String getSha256() {
        return sha256;
    }

    public String getSaveToken() {
        return saveToken;
    }

    @Override
    public String toString() {
        return "ObjectiveRevision[" + number + " " + sha256 + "]";
    }
}
