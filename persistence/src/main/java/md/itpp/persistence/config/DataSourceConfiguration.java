package md.itpp.persistence.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The application's own datasource, so that deploying needs no administration step.
 * Payara resolves {@code ${MPCONFIG=name:default}} through MicroProfile Config when the
 * application starts, so the same artifact runs on the embedded H2 database (the defaults) or on
 * PostgreSQL. Each setting is read, in this order, from a system property ({@code itpp.db.url}),
 * the environment ({@code ITPP_DB_URL}: MicroProfile Config's name mapping) or a Payara password
 * alias of that name ({@code asadmin create-password-alias itpp.db.password}), so the password
 * need not be in the server's environment (readable in {@code /proc/<pid>/environ}); see README.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=itpp.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=itpp.db.url:jdbc:h2:file:./itpp-data/itpp}",
        user = "${MPCONFIG=itpp.db.user:itpp}",
        password = "${MPCONFIG=itpp.db.password:itpp}",
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
