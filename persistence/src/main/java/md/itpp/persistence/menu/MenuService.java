package md.itpp.persistence.menu;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.notification.Notification;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.approval.TaskCounts;
import md.itpp.persistence.approval.TaskKind;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.audit.StampedCache;

/**
 * The menu's figures in one call: the menu is on every page, and each service call is a
 * container invocation and a transaction of its own (three of each when the task counts, the
 * report count and the bell were asked apart). Counts are single count queries on indexed
 * columns; the task and report counts are kept in {@link StampedCache} until the next recorded
 * change; the unread count is read each time (reading notices records no audit event).
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class MenuService {

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private StampedCache cache;

    public MenuFigures figures() {
        Participant caller = callers.currentParticipant();
        String username = caller.actor().username();
        TaskCounts tasks = cache.get("tasks:" + username, () -> taskCounts(caller.actor()));
        long reports = cache.get("reportTasks:" + username, () -> reportTasks(caller));
        long unread = em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("username", username).getSingleResult();
        return new MenuFigures(tasks, reports, unread);
    }

    /** The kinds of {@link TaskService} the actor has ({@link TaskKind#isFor}), each counted as the inbox lists it. */
    private TaskCounts taskCounts(Actor actor) {
        long revise = TaskKind.REVISE.isFor(actor) ? countByStatus(TaskService.TO_REVISE) : 0;
        long nato = TaskKind.NATO_STEP.isFor(actor) ? countByStatus(TaskService.NATO_STAGE) : 0;
        long signOff = TaskKind.SIGN_OFF.isFor(actor) ? em.createNamedQuery(Submission.COUNT_TO_SIGN_OFF, Long.class)
                .setParameter("username", actor.username()).getSingleResult() : 0;
        long approve = TaskKind.APPROVE.isFor(actor) ? em.createNamedQuery(Submission.COUNT_TO_APPROVE, Long.class)
                .setParameter("username", actor.username()).getSingleResult() : 0;
        return new TaskCounts(revise, signOff, approve, nato);
    }

    /** Reports to review (negotiators) and to write or submit (consultees of their institution), as the inbox lists them. */
    private long reportTasks(Participant caller) {
        long count = 0;
        if (caller.isNegotiator()) {
            count += em.createNamedQuery(ProgressReport.COUNT_TO_REVIEW, Long.class).getSingleResult();
        }
        if (caller.consultsFor(caller.institutionId())) {
            count += em.createNamedQuery(ProgressReport.COUNT_TO_WRITE, Long.class)
                    .setParameter("institutionId", caller.institutionId()).setParameter("states", ReportState.OPEN_FOR_INPUT)
                    .getSingleResult();
        }
        return count;
    }

    private long countByStatus(Set<ObjectiveStatus> statuses) {
        return em.createNamedQuery(Objective.COUNT_IN_STATUSES, Long.class)
                .setParameter("statuses", statuses).getSingleResult();
    }
}
