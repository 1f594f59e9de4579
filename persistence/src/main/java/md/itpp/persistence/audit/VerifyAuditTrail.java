package md.itpp.persistence.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import md.itpp.domain.audit.AuditAnchor;
import md.itpp.domain.audit.AuditChain;
import md.itpp.domain.audit.AuditLink;
import md.itpp.domain.audit.AuditVerification;

/**
 * Checks the audit trail of a database from the command line, without the application server:
 * <pre>
 * java -cp 'lib/*:itpp-persistence.jar' md.itpp.persistence.audit.VerifyAuditTrail [--anchors FILE] JDBC-URL [USER]
 * </pre>
 * With {@code --anchors}, the chain is also checked against the anchors {@link AuditAnchorWriter}
 * appended to that file: every anchored event must still carry the anchored hash and exist.
 * The password comes from the environment variable {@code ITPP_DB_PASSWORD} (never from the
 * command line, where other users of the machine can read it); URL and user default to
 * {@code ITPP_DB_URL} and {@code ITPP_DB_USER}. Prints one line and exits with 0 when the chain
 * is intact, 1 at the first broken link, 2 when the database cannot be read.
 */
public final class VerifyAuditTrail {

    private static final String HEAD = "select last_number, last_hash from audit_chain_head where id = 1";
    private static final String EVENTS = "select event_number, occurred_at, actor, action_name, object_type,"
            + " object_id, state_before, state_after, previous_hash, event_hash from audit_event"
            + " where event_number <= ? order by event_number";

    private VerifyAuditTrail() {
    }

    public static void main(String[] arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        Path anchorFile = null;
        int option = args.indexOf("--anchors");
        if (option >= 0 && option + 1 < args.size()) {
            anchorFile = Path.of(args.remove(option + 1));
            args.remove(option);
        }
        String url = !args.isEmpty() ? args.get(0) : System.getenv("ITPP_DB_URL");
        String user = args.size() > 1 ? args.get(1) : System.getenv("ITPP_DB_USER");
        String password = System.getenv("ITPP_DB_PASSWORD");
        PrintStream out = System.out;
        if (url == null || url.isBlank() || option >= 0 && anchorFile == null) {
            System.err.println("usage: VerifyAuditTrail [--anchors FILE] JDBC-URL [USER]  (password in ITPP_DB_PASSWORD)");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password)) {
            List<AuditAnchor> anchors = anchorFile == null ? List.of() : anchors(anchorFile);
            AuditVerification result = verify(connection, anchors);
            out.println(result + (anchorFile == null ? "" : ", against " + anchors.size() + " anchors"));
            System.exit(result.isIntact() ? 0 : 1);
        } catch (SQLException | IOException | IllegalArgumentException e) {
            System.err.println("Cannot read the audit trail or its anchors: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The anchors a file holds, one per line (see {@link AuditAnchor}). */
    public static List<AuditAnchor> anchors(Path file) throws IOException {
        List<AuditAnchor> anchors = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            AuditAnchor.parse(line).ifPresent(anchors::add);
        }
        return anchors;
    }

    /** The same check as the application's, over plain JDBC. */
    public static AuditVerification verify(Connection connection) throws SQLException {
        return verify(connection, List.of());
    }

    /** The check, also against anchors recorded outside the database. */
    public static AuditVerification verify(Connection connection, List<AuditAnchor> anchors) throws SQLException {
        long headNumber;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(HEAD);
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The audit chain head row is missing");
            }
            headNumber = row.getLong(1);
            headHash = row.getString(2);
        }
        AuditChain chain = new AuditChain(anchors);
        try (PreparedStatement events = connection.prepareStatement(EVENTS)) {
            events.setLong(1, headNumber);
            events.setFetchSize(500);
            try (ResultSet row = events.executeQuery()) {
                while (row.next()) {
                    AuditLink link = new AuditLink(row.getLong(1),
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9), row.getString(10));
                    if (!chain.accept(link)) {
                        break;
                    }
                }
            }
        }
        return chain.finish(headNumber, headHash);
    }
}
