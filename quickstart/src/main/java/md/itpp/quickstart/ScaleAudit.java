package md.itpp.quickstart;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;

import md.itpp.domain.audit.AuditChainHead;
import md.itpp.domain.audit.AuditEvent;
import md.itpp.persistence.audit.AuditJson;

/**
 * A long audit trail for the scale data: events of the kinds the application records (sign-ins,
 * saves, comments, positions, dispositions, account changes), by the generated accounts, on the
 * generated objectives, spread evenly in time from the programme's start until now.
 * <p>
 * Each event is built with {@link AuditEvent}'s own constructor and handed to the chain head
 * ({@link AuditChainHead#advanceTo}), so number, previous hash and hash are exactly what
 * {@code AuditTrail} would write and the chain verifies. Only the insert differs: the events
 * go in as JDBC batches through the Hibernate session's connection, because an identity column
 * makes Hibernate insert entities one statement at a time, and 200,000 of those would take
 * most of the quick start's start-up.
 */
final class ScaleAudit {

    /** Events per JDBC batch. */
    static final int BATCH = 1000;

    private static final Instant START = Instant.parse("2025-01-15T07:00:00Z");
    private static final String INSERT = "insert into audit_event (event_number, occurred_at, actor, action_name,"
            + " object_type, object_id, state_before, state_after, previous_hash, event_hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;

    ScaleAudit(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends {@code count} events to the chain, after whatever it holds; returns how many it
     * wrote. The caller's transaction holds the head's row lock until commit, so nothing else
     * can extend the chain in between.
     */
    int generate(int count, List<String> actors, List<Long> objectIds, SplittableRandom random) {
        if (count <= 0 || actors.isEmpty() || objectIds.isEmpty()) {
            return 0;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing: migration V5 not applied?");
        }
        Events events = new Events(head, actors, objectIds, random, count, Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < count; i++) {
                    AuditEvent event = events.next();
                    insert.setLong(1, event.getNumber());
                    insert.setObject(2, OffsetDateTime.ofInstant(event.getOccurredAt(), ZoneOffset.UTC));
                    insert.setString(3, event.getActor());
                    insert.setString(4, event.getAction());
                    setNullable(insert, 5, event.getObjectType());
                    setNullable(insert, 6, event.getObjectId());
                    setNullable(insert, 7, event.getBefore());
                    setNullable(insert, 8, event.getAfter());
                    insert.setString(9, event.getPreviousHash());
                    insert.setString(10, event.getHash());
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        // The head is managed: its new number and hash are written at the next flush.
        em.flush();
        return count;
    }

    private static void setNullable(PreparedStatement statement, int index, String value)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /**
     * The generated events, one at a time, each advancing the head it was built on. Kept apart
     * from the database so a test can check the chain they make.
     */
    static final class Events {

        private final AuditChainHead head;
        private final List<String> actors;
        private final List<Long> objectIds;
        private final SplittableRandom random;
        private final long stepMicros;
        private long index;

        Events(AuditChainHead head, List<String> actors, List<Long> objectIds, SplittableRandom random,
               int count, Instant until) {
            this.head = head;
            this.actors = List.copyOf(actors);
            this.objectIds = List.copyOf(objectIds);
            this.random = random;
            long span = Math.max(1, until.getEpochSecond() - START.getEpochSecond()) * 1_000_000L;
            this.stepMicros = Math.max(2, span / Math.max(1, count));
        }

        AuditEvent next() {
            // One event in each step of the span, somewhere in it: in order, and never after the end.
            Instant clock = START.plus(index++ * stepMicros + random.nextLong(stepMicros), ChronoUnit.MICROS);
            String actor = actors.get(random.nextInt(actors.size()));
            String objectId = String.valueOf(objectIds.get(random.nextInt(objectIds.size())));
            int roll = random.nextInt(100);
            AuditEvent event;
            if (roll < 35) {
                event = new AuditEvent(head, clock, actor, "login.success", "Account", actor, null, null);
            } else if (roll < 38) {
                event = new AuditEvent(head, clock, actor, "login.failure", "Account", actor, null,
                        AuditJson.object("reason", "bad credentials"));
            } else if (roll < 65) {
                int version = 1 + random.nextInt(20);
                event = new AuditEvent(head, clock, actor, "objective.save", "Objective", objectId,
                        AuditJson.object("version", version, "status", "DRAFT"),
                        AuditJson.object("version", version + 1, "status", "DRAFT"));
            } else if (roll < 82) {
                event = new AuditEvent(head, clock, actor, "consultation.comment.add", "ConsultationComment",
                        String.valueOf(1 + random.nextInt(50_000)), null,
                        AuditJson.object("objective", objectId, "type", "SUBSTANTIVE", "status", "DRAFT"));
            } else if (roll < 90) {
                event = new AuditEvent(head, clock, actor, "consultation.dispose", "ConsultationComment",
                        String.valueOf(1 + random.nextInt(50_000)), AuditJson.object("disposition", null),
                        AuditJson.object("disposition", "ACCEPTED"));
            } else if (roll < 95) {
                event = new AuditEvent(head, clock, actor, "consultation.position.submit", "ConsultationRound",
                        String.valueOf(1 + random.nextInt(50)), null,
                        AuditJson.object("position", "SUPPORT_WITH_COMMENTS"));
            } else {
                event = new AuditEvent(head, clock, actor, "account.update", "Account", actor,
                        AuditJson.object("enabled", true, "language", "ro"),
                        AuditJson.object("enabled", true, "language", "en"));
            }
            head.advanceTo(event);
            return event;
        }
    }
}
