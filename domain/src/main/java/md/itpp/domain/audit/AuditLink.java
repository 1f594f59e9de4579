package md.itpp.domain.audit;

import java.time.Instant;

/**
 * One event's fields as the chain hashes them, independent of how they were read (JPA in the
 * application, plain JDBC in the command-line check).
 */
public record AuditLink(long number, Instant occurredAt, String actor, String action, String objectType,
                        String objectId, String before, String after, String previousHash, String hash) {
}
