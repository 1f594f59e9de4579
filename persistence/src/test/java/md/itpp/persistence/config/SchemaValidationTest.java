package md.itpp.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import md.itpp.domain.reference.CooperationArea;

/**
 * The real persistence unit, outside the container: Flyway (through the integrator, as in the
 * server) builds the schema, and Hibernate's validation accepts every mapping. A column the
 * mappings need but the schema lacks must fail the start, so validation is proven to be on.
 */
class SchemaValidationTest {

    @Test
    void mappingsMatchTheMigratedSchema() {
        JdbcDataSource dataSource = H2Unit.h2();
        try (EntityManagerFactory emf = H2Unit.unit(dataSource)) {
            EntityManager em = emf.createEntityManager();
            assertEquals(11, em.createNamedQuery(CooperationArea.FIND_ALL, CooperationArea.class)
                    .getResultList().size(), "the reference data migration seeds the areas");
            em.close();
        }
    }

    @Test
    void aSchemaThatDriftedFromTheMappingsFailsTheStart() throws Exception {
        JdbcDataSource dataSource = H2Unit.h2();
        FlywayIntegrator.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table objective drop column risks");
        }
        RuntimeException failure = assertThrows(RuntimeException.class, () -> H2Unit.unit(dataSource).close());
        assertTrue(describe(failure).contains("risks"), describe(failure));
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
