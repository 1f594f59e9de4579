package md.itpp.web.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import md.itpp.persistence.config.ApplicationDataSource;
import md.itpp.persistence.config.FlywayIntegrator;

/**
 * Ready means: the database answers, and its schema is at the last migration this build carries
 * (a node started on a database that another node has not finished migrating, or one restored
 * from an older backup, is not ready). The balancer sends users only to ready nodes.
 * <p>
 * Each call costs one connection from the pool and one read of the migration history; the
 * expected version is read from the build's migrations once.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** Flyway's own table; quoted, because Flyway creates it in lower case on H2 too. */
    private static final String LAST_MIGRATION = "select \"version\", \"success\" from \"flyway_schema_history\""
            + " where \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only";
    private static final int VALID_SECONDS = 2;

    @Inject
    private ApplicationDataSource database;

    private volatile String expected;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = database.dataSource().getConnection()) {
            if (!connection.isValid(VALID_SECONDS)) {
                return response.down().withData("reason", "connection not valid").build();
            }
            String schema = schemaVersion(connection);
            String wanted = expectedVersion();
            response.withData("schema", schema == null ? "none" : schema).withData("expected", wanted);
            return (wanted.equals(schema) ? response.up() : response.down()).build();
        } catch (SQLException | RuntimeException e) {
            // The kind of failure only: a message may name hosts or users.
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(LAST_MIGRATION);
             ResultSet row = read.executeQuery()) {
            return row.next() && row.getBoolean(2) ? row.getString(1) : null;
        }
    }

    private String expectedVersion() {
        String version = expected;
        if (version == null) {
            version = FlywayIntegrator.latestVersion(database.dataSource());
            expected = version;
        }
        return version;
    }
}
