package md.itpp.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

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
        JdbcDataSource dataSource = h2();
        try (EntityManagerFactory emf = unit(dataSource)) {
            EntityManager em = emf.createEntityManager();
            assertEquals(11, em.createNamedQuery(CooperationArea.FIND_ALL, CooperationArea.class)
                    .getResultList().size(), "the reference data migration seeds the areas");
            em.close();
        }
    }

    @Test
    void aSchemaThatDriftedFromTheMappingsFailsTheStart() throws Exception {
        JdbcDataSource dataSource = h2();
        FlywayIntegrator.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table objective drop column risks");
        }
        RuntimeException failure = assertThrows(RuntimeException.class, () -> unit(dataSource).close());
        assertTrue(describe(failure).contains("risks"), describe(failure));
    }

    private static EntityManagerFactory unit(JdbcDataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", dataSource);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        return Persistence.createEntityManagerFactory("itpp", properties);
    }

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
