package md.itpp.persistence.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.approval.ReviewStep;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.StampedCache;

/**
 * The task inbox: what awaits the caller's action. Negotiators revise what was returned, send
 * approved objectives to NATO and answer NATO's comments; reviewers sign off at the steps that
 * name them; approvers approve what the chain has signed off. How many of each kind there are
 * is the menu's ({@link md.itpp.persistence.menu.MenuService}), on every page.
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class TaskService {

    /** Upper bound of the rows one call returns; the counts stay exact. */
    public static final int MAX_PAGE = 100;

    /*
     * A task is what someone asked of the negotiators, not every objective they might work on
     * (drafts and objectives in revision are on the list): an objective a reviewer or approver
     * returned, an approved objective to send to NATO, NATO's comments to answer.
     */
    public static final Set<ObjectiveStatus> TO_REVISE = EnumSet.of(ObjectiveStatus.RETURNED);
    public static final Set<ObjectiveStatus> NATO_STAGE = EnumSet.of(ObjectiveStatus.APPROVED,
            ObjectiveStatus.NATO_COMMENTS);

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CallerService callers;

    @Inject
    private StampedCache cache;

    /**
     * The first {@code perKind} tasks of each kind the caller has (at most {@link #MAX_PAGE}):
     * sign-offs and approvals first (they have due dates, the earliest first), then the rest.
     */
    public List<Task> tasks(int perKind) {
        Actor actor = callers.currentActor();
        List<Task> tasks = new ArrayList<>();
        for (TaskKind kind : TaskKind.values()) {
            tasks.addAll(page(actor, kind, 0, perKind));
        }
        return tasks;
    }

    /**
     * One page of the caller's tasks of one kind, in the order {@link #tasks(int)} lists them;
     * empty for a kind the caller's roles do not have. {@code max} is at most {@link #MAX_PAGE}.
     */
    public List<Task> tasks(TaskKind kind, int first, int max) {
        return page(callers.currentActor(), kind, first, max);
    }

    private List<Task> page(Actor actor, TaskKind kind, int first, int max) {
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        List<Task> tasks = new ArrayList<>();
        if (!kind.isFor(actor)) {
            return tasks;
        }
        switch (kind) {
            case SIGN_OFF -> {
                for (Submission s : em.createNamedQuery(Submission.FIND_TO_SIGN_OFF, Submission.class)
                        .setParameter("username", actor.username()).setFirstResult(from).setMaxResults(size)
                        .getResultList()) {
                    tasks.add(task(TaskKind.SIGN_OFF, s, s.getChain().step(s.getCurrentStep())));
                }
            }
            case APPROVE -> {
                for (Submission s : em.createNamedQuery(Submission.FIND_TO_APPROVE, Submission.class)
                        .setParameter("username", actor.username()).setFirstResult(from).setMaxResults(size)
                        .getResultList()) {
                    tasks.add(task(TaskKind.APPROVE, s, null));
                }
            }
            case REVISE -> tasks.addAll(byStatus(TaskKind.REVISE, TO_REVISE, from, size));
            case NATO_STEP -> tasks.addAll(byStatus(TaskKind.NATO_STEP, NATO_STAGE, from, size));
        }
        return tasks;
    }

    /** Open sign-offs and approvals past their due date, for the dashboard; readers of content only. */
    @RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.AUDITOR})
    public List<Task> overdue() {
        List<Task> tasks = new ArrayList<>();
        for (Submission s : em.createNamedQuery(Submission.FIND_OVERDUE, Submission.class)
                .setParameter("now", clock.instant()).setMaxResults(MAX_PAGE).getResultList()) {
            tasks.add(s.isAwaitingApproval() ? task(TaskKind.APPROVE, s, null)
                    : task(TaskKind.SIGN_OFF, s, s.getChain().step(s.getCurrentStep())));
        }
        return tasks;
    }

    private static Task task(TaskKind kind, Submission s, ReviewStep step) {
        Objective o = s.getObjective();
        return new Task(kind, o.getId(), o.getCode(), o.getTitleEn(), o.getTitleRo(), o.getStatus(),
                step == null ? null : step.getPosition() + 1, step == null ? null : step.getNameEn(),
                step == null ? null : step.getNameRo(), s.getDueAt().orElse(null));
    }

    /**
     * A page of the objectives in those statuses, most recently changed first. The same for every
     * negotiator, and kept while the audit trail has not moved ({@link StampedCache}): the query
     * filters thousands of objectives by status and sorts them by date for the 25 it shows.
     */
    private List<Task> byStatus(TaskKind kind, Set<ObjectiveStatus> statuses, int first, int max) {
        return cache.get("tasks.byStatus:" + kind + ":" + first + ":" + max, () -> {
            List<Task> tasks = new ArrayList<>();
            for (Tuple row : em.createNamedQuery(Objective.LIST_IN_STATUSES, Tuple.class)
                    .setParameter("statuses", statuses).setFirstResult(first).setMaxResults(max).getResultList()) {
                tasks.add(new Task(kind, row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                        row.get(3, String.class), row.get(4, ObjectiveStatus.class), null, null, null, null));
            }
            return List.copyOf(tasks);
        });
    }
}
