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
 * <p>
 * The H2 default is its {@code Driver}, not {@code org.h2.jdbcx.JdbcDataSource}: that class is
 * also an {@code XADataSource}, so Payara made the pool XA and every transaction a distributed
 * one (XA start, end and commit on H2, and the JTS path of the transaction manager), about a
 * sixth of a signed-in page's work, for one database. PostgreSQL's {@code PGSimpleDataSource}
 * is not XA either: both paths run local transactions.
 * <p>
 * Each pooled connection keeps its prepared statements ({@code statement-cache-size}): H2 parses
 * and plans a statement whenever one is prepared and keeps only its last eight per connection,
 * so a page's queries were parsed and planned again on every request (under load, H2 had 20 %
 * of the objective page's request-thread samples and 31 % of a progress report's, more than
 * half of it parsing and planning); with the cache each distinct statement is prepared once
 * per connection. The cache keeps a connection's 200 most recently used statements (Payara's
 * LRU cache, its default type: left unset, the type reaches Payara 6 as the text "null", which it
 * takes for a class name, logs an error and runs without a cache, its issue 6647; a blank type
 * is read as the default). Enough for a connection's pages and the common variants of the
 * filtered lists (persistence.xml pads {@code in} lists so that their lengths make few
 * variants); the first fixed 200 ({@code FIXED}) would keep whatever the start-up ran first.
 * PostgreSQL's driver keeps its server-side statements per connection anyway.
 * <p>
 * On Payara Server IT may instead give the application a JDBC resource of the server, whose pool
 * it sizes and watches with asadmin: {@value #RESOURCE_SETTING} names it (see
 * {@link ApplicationDataSource}). The persistence unit, the identity store and the readiness
 * check then all use that resource, one pool within each transaction; this definition stays
 * declared and opens no connection (Payara fills a pool at its first use).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=itpp.db.class:org.h2.Driver}",
        url = "${MPCONFIG=itpp.db.url:jdbc:h2:file:./itpp-data/itpp}",
        user = "${MPCONFIG=itpp.db.user:itpp}",
        password = "${MPCONFIG=itpp.db.password:itpp}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.statement-cache-size=200",
                // Blank on purpose: Payara's default type, LRU (see above).
                "fish.payara.statement-cache-type= "
        })
@Singleton
@Startup
public class DataSourceConfiguration {

    /** The name of the application's own datasource, used when no server resource is named. */
    public static final String JNDI_NAME = "java:app/jdbc/itpp";

    /**
     * The MicroProfile Config setting that names a server JDBC resource instead ({@code jdbc/itpp};
     * environment {@code ITPP_DB_RESOURCE}). persistence.xml reads it as
     * {@code ${MPCONFIG=itpp.db.resource:java:app/jdbc/itpp}}.
     */
    public static final String RESOURCE_SETTING = "itpp.db.resource";
}
