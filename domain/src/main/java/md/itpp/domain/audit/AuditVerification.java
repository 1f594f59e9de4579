package md.itpp.domain.audit;

import java.io.Serializable;
import java.util.Optional;

/**
 * The outcome of checking the chain: how many events were checked and, if it is broken, the
 * number of the first event where it breaks and how.
 */
public record AuditVerification(long checked, Long brokenAt, AuditBreak problem) implements Serializable {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null);
    }

    public boolean isIntact() {
        return problem == null;
    }

    public Optional<Long> firstBrokenEvent() {
        return Optional.ofNullable(brokenAt);
    }

    @Override
    public String toString() {
        return isIntact()
                ? "Audit chain intact: " + checked + " events checked"
                : "Audit chain broken at event " + brokenAt + " (" + problem + "), " + checked + " events checked before it";
    }
}
