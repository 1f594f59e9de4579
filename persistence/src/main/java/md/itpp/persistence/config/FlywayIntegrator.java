package md.itpp.persistence.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while Hibernate builds the session factory, before it validates the
 * mappings. Payara creates the persistence unit during deployment, earlier than any CDI
 * extension or startup bean could run Flyway, so this is the one place that comes first.
 */
public class FlywayIntegrator implements Integrator {

    /** Where the versioned migrations live, inside this module. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = migrate(dataSource);
        // Flyway names a target version only when it applied something: read the current one then.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : currentVersion(dataSource);
        LOG.info(() -> "Schema at version " + version
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Applies pending migrations; also used by tests that build the unit outside a container. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** The version of the last migration applied to this database, or "none". */
    public static String currentVersion(DataSource dataSource) {
        MigrationInfo current = flyway(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** The version of the last migration this build carries, whether applied or not. */
    public static String latestVersion(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .filter(m -> m.getVersion() != null && m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
