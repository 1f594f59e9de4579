package md.itpp.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import md.itpp.domain.reference.Institution;
import md.itpp.persistence.config.H2Unit;

/**
 * {@link ReadOnly}: a read in an empty persistence context keeps no copies and flushes nothing,
 * and leaves nothing behind for a later change of the same transaction to be lost on; a read in a
 * context that already holds entities is a plain one.
 */
class ReadOnlyTest {

    private static EntityManagerFactory unit;
    private static long id;

    @BeforeAll
    static void institution() {
        unit = H2Unit.unit(H2Unit.h2());
        EntityManager em = unit.createEntityManager();
        em.getTransaction().begin();
        Institution institution = new Institution("RO-TEST", "RT", "Read-only test", "Test de citire");
        em.persist(institution);
        em.getTransaction().commit();
        id = institution.getId();
        em.close();
    }

    @AfterAll
    static void close() {
        unit.close();
    }

    private static String abbreviation() {
        EntityManager em = unit.createEntityManager();
        try {
            return em.find(Institution.class, id).getAbbreviation();
        } finally {
            em.close();
        }
    }

    private static void rename(Institution institution, String abbreviation) {
        institution.rename(abbreviation, institution.getNameEn(), institution.getNameRo());
    }

    @Test
    void aReadInAnEmptyContextFlushesNothingAndLeavesNothingBehind() {
        EntityManager em = unit.createEntityManager();
        em.getTransaction().begin();
        Session session = em.unwrap(Session.class);
        String code = ReadOnly.read(em, () -> {
            Institution institution = em.find(Institution.class, id);
            assertTrue(session.isReadOnly(institution));
            rename(institution, "XX"); // a read that changed something by mistake: not written
            return institution.getCode();
        });
        assertEquals("RO-TEST", code);
        assertEquals(0, session.getStatistics().getEntityCount());
        assertFalse(session.isDefaultReadOnly());
        assertEquals(FlushModeType.AUTO, em.getFlushMode());
        // A change after the read, in the same transaction, is written: the entity is read anew.
        Institution institution = em.find(Institution.class, id);
        assertFalse(session.isReadOnly(institution));
        rename(institution, "RT2");
        em.getTransaction().commit();
        em.close();
        assertEquals("RT2", abbreviation());
    }

    @Test
    void aReadInAContextHoldingEntitiesIsAPlainOne() {
        EntityManager em = unit.createEntityManager();
        em.getTransaction().begin();
        Institution held = em.find(Institution.class, id);
        Institution read = ReadOnly.read(em, () -> em.find(Institution.class, id));
        assertSame(held, read);
        assertFalse(em.unwrap(Session.class).isReadOnly(read));
        rename(read, "RT3");
        em.getTransaction().commit();
        em.close();
        assertEquals("RT3", abbreviation());
    }
}
