package md.itpp.persistence.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The application's own datasource, so that deploying needs no administration step.
 * Payara resolves {@code ${ENV=NAME:default}} when the application starts, so the same
 * artifact runs on the embedded H2 database (the default) or on PostgreSQL set through
 * ITPP_DB_CLASS, ITPP_DB_URL, ITPP_DB_USER and ITPP_DB_PASSWORD (see README).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${ENV=ITPP_DB_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=ITPP_DB_URL:jdbc:h2:file:./itpp-data/itpp}",
        user = "${ENV=ITPP_DB_USER:itpp}",
        password = "${ENV=ITPP_DB_PASSWORD:itpp}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/itpp";
}
