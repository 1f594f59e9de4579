package md.itpp.persistence.monitoring;

import java.util.Map;

import md.itpp.persistence.config.EnvironmentNumber;

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
        int megabytes = EnvironmentNumber.of(env, "ITPP_EVIDENCE_MAX_MB", DEFAULT_MAX_MB, 1, 100);
        return new EvidenceSettings(megabytes * MEGABYTE);
    }

    /** The limit in whole megabytes, as people read it. */
    public long maxMegabytes() {
        return maxBytes / MEGABYTE;
    }
}
