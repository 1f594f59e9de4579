package md.itpp.persistence.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.ConcurrentChangeException;
import md.itpp.domain.ConcurrentChangeException.Kind;
import md.itpp.domain.account.Role;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.store.Store;

/**
 * Institutions and cooperation areas as reference data that IT maintains: new entries and
 * changed names, version-checked, each change an audit event. Codes never change, because
 * objectives, accounts and documents refer to them; nothing is deleted, for the same reason.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ReferenceAdminService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Store store;

    @EJB
    private ReferenceService reference;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    public long createInstitution(String code, String abbreviation, String nameEn, String nameRo) {
        Institution institution = new Institution(code, abbreviation, nameEn, nameRo);
        if (!em.createNamedQuery(Institution.FIND_BY_CODE, Institution.class)
                .setParameter("code", institution.getCode()).getResultList().isEmpty()) {
            throw new ReferenceException.CodeTaken(institution.getCode());
        }
        em.persist(institution);
        em.flush();
        auditTrail.record(callers.currentActor().username(), "institution.create", "Institution",
                institution.getId(), null, state(institution));
        return institution.getId();
    }

    public void updateInstitution(long id, long expectedVersion, String abbreviation, String nameEn, String nameRo) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new ReferenceException.NotFound(id);
        }
        Store.checkVersion(institution.getVersion(), expectedVersion,
                () -> new ConcurrentChangeException(Kind.INSTITUTION, institution.getCode()));
        String before = state(institution);
        institution.rename(abbreviation, nameEn, nameRo);
        store.flush(Kind.INSTITUTION, institution.getCode());
        auditTrail.record(callers.currentActor().username(), "institution.update", "Institution", id,
                before, state(institution));
    }

    public long createArea(String code, String nameEn, String nameRo, int sortOrder) {
        CooperationArea area = new CooperationArea(reference.programme(), code, nameEn, nameRo, sortOrder);
        if (!em.createNamedQuery(CooperationArea.FIND_BY_CODE, CooperationArea.class)
                .setParameter("code", area.getCode()).getResultList().isEmpty()) {
            throw new ReferenceException.CodeTaken(area.getCode());
        }
        em.persist(area);
        em.flush();
        auditTrail.record(callers.currentActor().username(), "area.create", "CooperationArea", area.getId(),
                null, state(area));
        return area.getId();
    }

    public void updateArea(long id, long expectedVersion, String nameEn, String nameRo, int sortOrder) {
        CooperationArea area = em.find(CooperationArea.class, id);
        if (area == null) {
            throw new ReferenceException.NotFound(id);
        }
        Store.checkVersion(area.getVersion(), expectedVersion,
                () -> new ConcurrentChangeException(Kind.AREA, area.getCode()));
        String before = state(area);
        area.rename(nameEn, nameRo, sortOrder);
        store.flush(Kind.AREA, area.getCode());
        auditTrail.record(callers.currentActor().username(), "area.update", "CooperationArea", id, before,
                state(area));
    }

    private static String state(Institution institution) {
        return AuditJson.object("code", institution.getCode(), "abbreviation", institution.getAbbreviation(),
                "nameEn", institution.getNameEn(), "nameRo", institution.getNameRo());
    }

    private static String state(CooperationArea area) {
        return AuditJson.object("code", area.getCode(), "nameEn", area.getNameEn(), "nameRo", area.getNameRo(),
                "sortOrder", area.getSortOrder());
    }
}
