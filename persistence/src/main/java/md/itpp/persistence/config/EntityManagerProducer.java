package md.itpp.persistence.config;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The persistence unit lives in this EJB module, where only this module's components could
 * name it. Producing the container-managed entity manager as a CDI bean lets other modules
 * of the application (the quick start's demo data, the integration tests) use the same unit.
 */
@Dependent
public class EntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "itpp")
    private EntityManager entityManager;
}
