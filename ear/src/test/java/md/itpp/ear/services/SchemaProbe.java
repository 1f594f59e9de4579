package md.itpp.ear.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test only, added to the EJB module: reads Flyway's history table. */
@Stateless
@PermitAll
public class SchemaProbe {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    public int successfulMigrations() {
        return ((Number) em.createNativeQuery(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .getSingleResult()).intValue();
    }
}
