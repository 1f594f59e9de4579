package md.itpp.persistence.config;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;

/** The real persistence unit outside the container, on a fresh in-memory H2 database of its own. */
public final class H2Unit {

    private H2Unit() {
    }

    public static EntityManagerFactory unit(JdbcDataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", dataSource);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        return Persistence.createEntityManagerFactory("itpp", properties);
    }

    public static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
