package md.itpp.ear.services;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;

/**
 * Test only, added to the EJB module: approved objectives to report on (the approval chain is
 * another feature's, tested there), and a count of audit events, which no service exposes by id.
 */
@Stateless
@PermitAll
public class MonitoringProbe {

    private static final Actor NEGOTIATOR = new Actor("probe.negotiator", Set.of(Role.NEGOTIATOR), null);
    private static final Actor REVIEWER = new Actor("probe.reviewer", Set.of(Role.REVIEWER), null);
    private static final Actor APPROVER = new Actor("probe.approver", Set.of(Role.APPROVER), null);

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /**
     * An approved strategic objective {@code SO-<area>-<n>} led by {@code lead} with the
     * contributors, and an approved goal {@code PG-<area>-<n>.1} with two milestones and two
     * indicators (0 to 10 officers, and a qualitative one).
     */
    public void approvedObjectiveWithGoal(String strategicCode, String areaCode, String lead, List<String> contributors) {
        Programme programme = em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", "ITPP-MDA-2025").getSingleResult();
        CooperationArea area = em.createNamedQuery(CooperationArea.FIND_BY_CODE, CooperationArea.class)
                .setParameter("code", areaCode).getSingleResult();
        Objective strategic = Objective.strategic(NEGOTIATOR, strategicCode, programme, area, institution(lead),
                new ObjectiveContent("Monitoring " + strategicCode, "Monitorizare " + strategicCode, "Text.", "Text.",
                        Language.EN, SourceInstrument.NEW, Priority.HIGH, null, null, null));
        strategic.assignInstitutions(NEGOTIATOR, institution(lead), contributors.stream().map(this::institution).toList());
        em.persist(strategic);
        Objective goal = Objective.goal(NEGOTIATOR, "PG" + strategicCode.substring(2) + ".1", strategic,
                institution(lead), new ObjectiveContent("Goal of " + strategicCode, "Obiectiv " + strategicCode,
                        "Text.", "Text.", Language.RO, SourceInstrument.NEW, Priority.HIGH, null, null, null));
        goal.replaceMilestones(NEGOTIATOR, List.of(new Milestone(2025, "Centre opened", "Centru deschis"),
                new Milestone(2026, "Staff trained", "Personal instruit")));
        goal.replaceIndicators(NEGOTIATOR, List.of(
                new Indicator("Officers trained", "Ofițeri instruiți", "0", "10", "officers", "Training records"),
                new Indicator("Law adopted", "Lege adoptată", "none", "adopted", null, "Official Gazette")));
        em.persist(goal);
        for (Objective o : List.of(strategic, goal)) {
            o.submit(NEGOTIATOR, "Approved by the test");
            o.signOff(REVIEWER);
            o.approve(APPROVER);
        }
    }

    /** As {@link #approvedObjectiveWithGoal}, unless an objective with that code exists already. */
    public void ensureApprovedObjectiveWithGoal(String strategicCode, String areaCode, String lead,
                                                List<String> contributors) {
        boolean exists = !em.createQuery("select o.id from Objective o where o.code = :code", Long.class)
                .setParameter("code", strategicCode).getResultList().isEmpty();
        if (!exists) {
            approvedObjectiveWithGoal(strategicCode, areaCode, lead, contributors);
        }
    }

    /**
     * Drafts, submits and accepts every report of the period of {@code year} but those on the
     * objectives {@code except}: the demo's and other test classes' objectives are reported on
     * too, and a period closes only when every report is accepted.
     */
    public void acceptReportsBut(int year, Set<String> except) {
        Instant now = Instant.now();
        for (ProgressReport report : em.createQuery("select r from ProgressReport r where r.period.year = :year",
                ProgressReport.class).setParameter("year", year).getResultList()) {
            if (except.contains(report.getObjective().getCode()) || report.getState() == ReportState.ACCEPTED) {
                continue;
            }
            if (report.getState() != ReportState.SUBMITTED) {
                Participant focal = new Participant(new Actor("probe.focal", Set.of(Role.CONSULTEE),
                        report.getInstitution().getId()), true);
                report.draft(focal, new ReportDraft("Raport " + report.getObjective().getCode(),
                        "Report " + report.getObjective().getCode(),
                        report.getMilestones().stream()
                                .map(m -> new ReportDraft.MilestoneEntry(m.getStatus(), m.getComment())).toList(),
                        report.getIndicators().stream().map(i -> i.getValueReached()).toList()), now);
                report.submit(focal, now);
            }
            report.accept(NEGOTIATOR, now);
        }
    }

    public long auditEvents(String action, long objectId) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :action and e.objectId = :id",
                        Long.class)
                .setParameter("action", action).setParameter("id", Long.toString(objectId)).getSingleResult();
    }

    private Institution institution(String code) {
        return em.createNamedQuery(Institution.FIND_BY_CODE, Institution.class)
                .setParameter("code", code).getSingleResult();
    }

    /**
     * Removes the period of {@code year} with its reports, their progress, input and evidence,
     * so that a test class that needs a period of its own starts from none: the programme has
     * four years only (2025-2028), and the test classes share one database.
     */
    public void dropPeriod(int year) {
        String reports = "(select r.id from monitoring_report r join monitoring_period p on r.period_id = p.id"
                + " where p.report_year = ?1)";
        for (String table : new String[] {"monitoring_evidence", "monitoring_input", "monitoring_milestone",
                "monitoring_indicator"}) {
            em.createNativeQuery("delete from " + table + " where report_id in " + reports)
                    .setParameter(1, year).executeUpdate();
        }
        em.createNativeQuery("delete from monitoring_report where period_id in"
                + " (select id from monitoring_period where report_year = ?1)").setParameter(1, year).executeUpdate();
        em.createNativeQuery("delete from monitoring_period where report_year = ?1").setParameter(1, year)
                .executeUpdate();
    }
}
