package md.itpp.persistence.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit page asks for; every part may be {@code null} (no restriction).
 *
 * @param from       events at or after this instant
 * @param to         events before this instant
 * @param actor      exactly this user
 * @param action     actions starting with this text ({@code login.} finds every login event)
 * @param objectType exactly this kind of object
 * @param objectId   exactly this object id
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String objectType,
                          String objectId) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
