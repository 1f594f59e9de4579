package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.time.Instant;

import md.itpp.domain.monitoring.EvidenceType;

/** An evidence file of a report as its page lists it (never the content); {@code removable} for the caller. */
public record EvidenceRow(long id, String fileName, EvidenceType type, long sizeBytes, String sha256,
                          String uploadedBy, Instant uploadedAt, boolean removable) implements Serializable {
}
