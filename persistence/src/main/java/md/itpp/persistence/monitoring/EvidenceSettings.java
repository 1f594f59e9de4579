package md.itpp.persistence.monitoring;

import java.util.Map;

/**
 * The largest evidence file (and uploaded workbook) a report accepts, from the server's
 * environment: {@code ITPP_EVIDENCE_MAX_MB} (default 10, from 1 to 100).
 */
public record EvidenceSettings(long maxBytes) {

    public static final int DEFAULT_MAX_MB = 10;
    private static final long MEGABYTE = 1024L * 1024L;

    public static EvidenceSettings fromEnvironment() {
        return from(System.getenv());
    }

    static EvidenceSettings from(Map<String, String> env) {
        String value = env.get("ITPP_EVIDENCE_MAX_MB");
        if (value == null || value.isBlank()) {
            return new EvidenceSettings(DEFAULT_MAX_MB * MEGABYTE);
        }
        try {
            int megabytes = Integer.parseInt(value.strip());
            if (megabytes < 1 || megabytes > 100) {
                throw new IllegalStateException("ITPP_EVIDENCE_MAX_MB must be between 1 and 100: " + value);
            }
            return new EvidenceSettings(megabytes * MEGABYTE);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("ITPP_EVIDENCE_MAX_MB is not a number: " + value, e);
        }
    }

    /** The limit in whole megabytes, as people read it. */
    public long maxMegabytes() {
        return maxBytes / MEGABYTE;
    }
}
