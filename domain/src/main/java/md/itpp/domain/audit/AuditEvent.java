package md.itpp.domain.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import md.itpp.domain.ValidationException;

/**
 * One audit event: who did what, when (UTC), to which object, with the object's state before and
 * after as JSON text. Immutable: every column is {@code updatable = false} and the class has no
 * method that changes it. Its {@link #getNumber() number} and {@link #getPreviousHash() previous
 * hash} place it in the chain; {@link #getHash() hash} seals it (see {@link AuditChain}).
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.CHAIN_AFTER,
        query = "select new md.itpp.domain.audit.AuditLink(e.number, e.occurredAt, e.actor, e.action,"
                + " e.objectType, e.objectId, e.before, e.after, e.previousHash, e.hash)"
                + " from AuditEvent e where e.number > :after and e.number <= :last order by e.number")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Parameters {@code after} and {@code last} (event numbers): the links of the events after
     * {@code after} up to {@code last}, in chain order, read as values (no entities to track, so verification reads a long
     * chain at the speed of the database).
     */
    public static final String CHAIN_AFTER = "AuditEvent.chainAfter";

    public static final int NAME_MAX = 64;
    public static final int STATE_MAX = 1_000_000;
    /** Actions are dotted lower-case names such as {@code objective.save} or {@code login.failure}. */
    private static final Pattern ACTION = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "event_number", nullable = false, updatable = false, unique = true)
    private long number;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = NAME_MAX, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action_name", length = NAME_MAX, nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", length = NAME_MAX, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = NAME_MAX, updatable = false)
    private String objectId;

    @Column(name = "state_before", length = STATE_MAX, updatable = false)
    private String before;

    @Column(name = "state_after", length = STATE_MAX, updatable = false)
    private String after;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "event_hash", length = 64, nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {
    }

    /**
     * The event that follows {@code head} in the chain. Actor names longer than the column (a
     * failed login can carry anything) are cut, and control characters are replaced, so that
     * whatever was typed is kept as far as it can be without breaking the record.
     */
    public AuditEvent(AuditChainHead head, Instant occurredAt, String actor, String action,
                      String objectType, String objectId, String before, String after) {
        if (action == null || action.length() > NAME_MAX || !ACTION.matcher(action).matches()) {
            throw ValidationException.invalid("action");
        }
        this.number = head.getLastNumber() + 1;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = name(actor == null || actor.isBlank() ? "-" : actor);
        this.action = action;
        this.objectType = objectType == null ? null : name(objectType);
        this.objectId = objectId == null ? null : name(objectId);
        this.before = state(before);
        this.after = state(after);
        this.previousHash = head.getLastHash();
        this.hash = AuditChain.hash(link());
    }

    private static String name(String value) {
        String cleaned = value.strip().replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > NAME_MAX ? cleaned.substring(0, NAME_MAX) : cleaned;
    }

    private static String state(String json) {
        if (json != null && json.length() > STATE_MAX) {
            throw ValidationException.tooLong("state", STATE_MAX);
        }
        return json;
    }

    /** The fields the chain hashes. */
    public AuditLink link() {
        return new AuditLink(number, occurredAt, actor, action, objectType, objectId, before, after,
                previousHash, hash);
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
