package md.itpp.persistence.approval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.domain.objective.Objective;

/**
 * Figures of the whole programme for the dashboard: objectives by area and status, counted in
 * one grouped query. For readers of the whole programme (not consultees, who see only their
 * institution's objectives).
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.AUDITOR})
public class DashboardService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private ReferenceService reference;

    /** Every area of the programme in its order, with its objectives counted per status. */
    public List<AreaStatusRow> objectivesByAreaAndStatus() {
        Map<Long, Map<ObjectiveStatus, Long>> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Objective.COUNT_BY_AREA_AND_STATUS, Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ObjectiveStatus.class))
                    .put((ObjectiveStatus) row[1], (Long) row[2]);
        }
        List<AreaStatusRow> rows = new ArrayList<>();
        for (CooperationArea area : reference.areas()) {
            rows.add(new AreaStatusRow(area.getCode(), area.getNameEn(), area.getNameRo(),
                    counts.getOrDefault(area.getId(), Map.of())));
        }
        return rows;
    }
}
