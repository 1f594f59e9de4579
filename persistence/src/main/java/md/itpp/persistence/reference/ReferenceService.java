package md.itpp.persistence.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Role;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;

/** The programme, its cooperation areas and the institutions: read by every role. */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ReferenceService {

    /** The one programme this installation serves. */
    public static final String PROGRAMME_CODE = "ITPP-MDA-2025";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    public Programme programme() {
        return em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", PROGRAMME_CODE)
                .getSingleResult();
    }

    public List<CooperationArea> areas() {
        return em.createNamedQuery(CooperationArea.FIND_ALL, CooperationArea.class).getResultList();
    }

    public List<Institution> institutions() {
        return em.createNamedQuery(Institution.FIND_ALL, Institution.class).getResultList();
    }
}
