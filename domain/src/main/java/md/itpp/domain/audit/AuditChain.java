package md.itpp.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The hash rules of the audit trail and a streaming verifier.
 * <p>
 * An event's hash is SHA-256 over its canonical form: every field, in a fixed order, written as
 * {@code name=length:value} lines, the previous event's hash last. The lengths make the encoding
 * unambiguous (no value can pretend to end early), and {@code null} is written as length -1 so it
 * differs from the empty string. The first event points at {@link #GENESIS}.
 * <p>
 * The verifier is fed events in number order and stops at the first break: a gap in the numbers
 * (deleted events), a previous-hash that is not the predecessor's hash (replaced rows), or a hash
 * that does not match the content (edited row). {@link #finish} compares with the chain head,
 * which catches deletion of the newest events.
 */
public final class AuditChain {

    /** What the first event points at: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private final Map<Long, String> anchored = new HashMap<>();
    private long expectedNumber = 1;
    private String expectedPrevious = GENESIS;
    private long checked;
    private AuditVerification broken;

    /** A chain checked on its own: it shows edited, replaced and deleted rows. */
    public AuditChain() {
    }

    /**
     * A chain checked also against anchors recorded outside the database: it shows a table
     * rewritten with recomputed hashes, and newest events deleted together with the head's record.
     */
    public AuditChain(Collection<AuditAnchor> anchors) {
        for (AuditAnchor anchor : anchors) {
            if (anchor.number() > 0) {
                anchored.put(anchor.number(), anchor.hash());
            }
        }
    }

    /** Feeds the next event; returns {@code false} once the chain is broken (stop reading then). */
    public boolean accept(AuditLink link) {
        return accept(link, hash(link));
    }

    /**
     * The same, with the hash of the event's content computed beforehand ({@link #hash(AuditLink)}),
     * so that a reader can hash a batch of events on several threads and keep the order here.
     */
    public boolean accept(AuditLink link, String contentHash) {
        if (broken != null) {
            return false;
        }
        if (link.number() != expectedNumber) {
            return fail(link, AuditBreak.MISSING_EVENTS);
        }
        if (!expectedPrevious.equals(link.previousHash())) {
            return fail(link, AuditBreak.BROKEN_LINK);
        }
        if (!contentHash.equals(link.hash())) {
            return fail(link, AuditBreak.ALTERED);
        }
        String anchor = anchored.get(link.number());
        if (anchor != null && !anchor.equals(link.hash())) {
            return fail(link, AuditBreak.ANCHOR_MISMATCH);
        }
        checked++;
        expectedNumber++;
        expectedPrevious = link.hash();
        return true;
    }

    /**
     * The result, given the head's record of the newest event ({@code headNumber} 0 and
     * {@link #GENESIS} for an empty trail).
     */
    public AuditVerification finish(long headNumber, String headHash) {
        if (broken != null) {
            return broken;
        }
        boolean anchoredBeyondTheEnd = anchored.keySet().stream().anyMatch(number -> number >= expectedNumber);
        if (headNumber != expectedNumber - 1 || !expectedPrevious.equals(headHash) || anchoredBeyondTheEnd) {
            return new AuditVerification(checked, expectedNumber, AuditBreak.MISSING_TAIL);
        }
        return AuditVerification.intact(checked);
    }

    private boolean fail(AuditLink link, AuditBreak problem) {
        broken = new AuditVerification(checked, link.number(), problem);
        return false;
    }

    /** The hash the event must carry. */
    public static String hash(AuditLink link) {
        return hash(link.number(), link.occurredAt(), link.actor(), link.action(), link.objectType(),
                link.objectId(), link.before(), link.after(), link.previousHash());
    }

    public static String hash(long number, Instant occurredAt, String actor, String action, String objectType,
                              String objectId, String before, String after, String previousHash) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "number", Long.toString(number));
        field(canonical, "occurredAt", DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        field(canonical, "actor", actor);
        field(canonical, "action", action);
        field(canonical, "objectType", objectType);
        field(canonical, "objectId", objectId);
        field(canonical, "before", before);
        field(canonical, "after", after);
        field(canonical, "previousHash", previousHash);
        return HEX.formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /*
     * Verification hashes a million events and more: a copy of one digest object is several
     * times cheaper than asking the security providers for a new one each time.
     */
    private static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }
}
