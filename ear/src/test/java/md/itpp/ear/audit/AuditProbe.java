package md.itpp.ear.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import md.itpp.domain.audit.AuditChain;
import md.itpp.domain.audit.AuditLink;
import md.itpp.domain.audit.AuditVerification;
import md.itpp.persistence.audit.VerifyAuditTrail;

/**
 * Test only, added to the EJB module: plays the intruder with database access, editing and
 * deleting audit rows over plain JDBC, past the application, and runs the command-line check.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditProbe {

    private static final String COLUMNS = "id, event_number, occurred_at, actor, action_name, object_type,"
            + " object_id, state_before, state_after, previous_hash, event_hash";

    @Resource(lookup = "java:app/jdbc/itpp")
    private DataSource dataSource;

    /** Sets an event's after-state and returns the old one. */
    public String editAfter(long number, String after) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String old;
            try (PreparedStatement read = c.prepareStatement("select state_after from audit_event where event_number = ?")) {
                read.setLong(1, number);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    old = row.getString(1);
                }
            }
            try (PreparedStatement update = c.prepareStatement("update audit_event set state_after = ? where event_number = ?")) {
                update.setString(1, after);
                update.setLong(2, number);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no event " + number);
                }
            }
            return old;
        }
    }

    /** Deletes an event and returns its row, to put back with {@link #insert}. */
    public List<Object> delete(long number) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Object> values = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("select " + COLUMNS + " from audit_event where event_number = ?")) {
                read.setLong(1, number);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    for (int i = 1; i <= 11; i++) {
                        values.add(i == 3 ? row.getObject(i, java.time.OffsetDateTime.class) : row.getObject(i));
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("delete from audit_event where event_number = ?")) {
                delete.setLong(1, number);
                delete.executeUpdate();
            }
            return values;
        }
    }

    public void insert(List<Object> values) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into audit_event (" + COLUMNS
                     + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** The hash the event {@code number} carries now. */
    public String hashOf(long number) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("select event_hash from audit_event where event_number = ?")) {
            read.setLong(1, number);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /**
     * What someone who can write the whole table does: sets the newest event's after-state,
     * recomputes its hash and writes that into the chain head too, so that the chain verifies on
     * its own. Returns the old after-state and hash, to put back with {@link #rewriteNewest} again.
     */
    public String[] rewriteNewest(long number, String after, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String[] old = new String[2];
            AuditLink link;
            try (PreparedStatement read = c.prepareStatement("select " + COLUMNS + " from audit_event where event_number = ?")) {
                read.setLong(1, number);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    old[0] = row.getString(9);
                    old[1] = row.getString(11);
                    link = new AuditLink(row.getLong(2), row.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                            after, row.getString(10), null);
                }
            }
            String newHash = hash != null ? hash : AuditChain.hash(link);
            try (PreparedStatement update = c.prepareStatement(
                    "update audit_event set state_after = ?, event_hash = ? where event_number = ?");
                 PreparedStatement head = c.prepareStatement(
                         "update audit_chain_head set last_hash = ? where id = 1 and last_number = ?")) {
                update.setString(1, after);
                update.setString(2, newHash);
                update.setLong(3, number);
                head.setString(1, newHash);
                head.setLong(2, number);
                if (update.executeUpdate() != 1 || head.executeUpdate() != 1) {
                    throw new SQLException("event " + number + " is not the newest");
                }
            }
            return old;
        }
    }

    /** The command-line check against anchors read from a file, as IT runs it. */
    public AuditVerification verifyOverJdbc(java.nio.file.Path anchors) throws SQLException, java.io.IOException {
        try (Connection c = dataSource.getConnection()) {
            return VerifyAuditTrail.verify(c, VerifyAuditTrail.anchors(anchors));
        }
    }

    /** The command-line check (VerifyAuditTrail) on the server's database. */
    public AuditVerification verifyOverJdbc() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return VerifyAuditTrail.verify(c);
        }
    }
}
