package md.itpp.persistence.config;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one datasource every part of the application uses: the application's own
 * ({@link DataSourceConfiguration#JNDI_NAME}) or, when {@value DataSourceConfiguration#RESOURCE_SETTING}
 * names one, a JDBC resource of the server. The persistence unit reads the same setting in
 * persistence.xml; the identity store reads {@link #getJndiName()} through the expression
 * {@code #{applicationDataSource.jndiName}}, and plain JDBC readers (the readiness check) call
 * {@link #dataSource()}. Two names in one transaction would be two pools, two connections, and
 * a transaction that waits on itself.
 */
@Named
@ApplicationScoped
public class ApplicationDataSource {

    @Inject
    @ConfigProperty(name = DataSourceConfiguration.RESOURCE_SETTING,
            defaultValue = DataSourceConfiguration.JNDI_NAME)
    String jndiName;

    private volatile DataSource dataSource;

    /** The JNDI name of the datasource in use. */
    public String getJndiName() {
        return jndiName;
    }

    /** The datasource in use, looked up once. */
    public DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = InitialContext.doLookup(jndiName);
            } catch (NamingException e) {
                throw new IllegalStateException("No datasource named " + jndiName, e);
            }
            dataSource = found;
        }
        return found;
    }
}
