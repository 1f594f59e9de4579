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

    /** The command-line check (VerifyAuditTrail) on the server's database. */
    public AuditVerification verifyOverJdbc() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return VerifyAuditTrail.verify(c);
        }
    }
}
