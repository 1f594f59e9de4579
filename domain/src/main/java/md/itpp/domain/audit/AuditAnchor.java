package md.itpp.domain.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The chain's head as it was at one moment, written outside the database (the server log and an
 * append-only file): the newest event's number and hash. Someone who rewrites the whole audit
 * table and recomputes every hash makes a chain that verifies on its own, but the events no
 * longer carry the hashes the anchors recorded, or the chain ends before an anchor: checking the
 * chain against its anchors shows both.
 * <p>
 * One anchor is one line of text: {@code <instant> <number> <hash>}, e.g.
 * {@code 2026-12-02T02:00:00Z 1234 9f86d0...}.
 */
public record AuditAnchor(Instant at, long number, String hash) {

    public AuditAnchor {
        if (at == null || number < 0 || hash == null || hash.length() != 64 || !isHex(hash)) {
            throw new IllegalArgumentException("An anchor is a time, a number of at least 0 and a SHA-256 in hex");
        }
    }

    /** The line that records this anchor. */
    public String line() {
        return at + " " + number + " " + hash;
    }

    /** The anchor a line records; empty for a blank line or a comment ({@code #}). */
    public static Optional<AuditAnchor> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not an anchor line: " + line);
        }
        try {
            return Optional.of(new AuditAnchor(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an anchor line: " + line, e);
        }
    }

    private static boolean isHex(String text) {
        try {
            HexFormat.of().parseHex(text);
            return text.equals(text.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
