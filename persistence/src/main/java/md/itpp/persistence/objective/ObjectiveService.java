package md.itpp.persistence.objective;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.account.CallerService;
import md.itpp.persistence.audit.StampedCache;
import md.itpp.persistence.store.LikePatterns;
import md.itpp.domain.Bilingual;

/**
 * Reading objectives. Lists are filtered, sorted and paged in the database, so a page costs
 * the same with fifty objectives or five thousand. A consultee sees only the objectives its
 * institution leads or contributes to; IT administrators read no programme content.
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.AUDITOR})
public class ObjectiveService {

    /** Upper bound of one page, whatever the caller asks for. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private Objectives objectives;

    @Inject
    private StampedCache cache;

    /**
     * How many objectives the caller can see with the query's filters. Without search text the
     * filters are a few ids and names, so the count is kept per visibility and filters until the
     * next recorded change (as {@link #countByStatus()}): the unfiltered list, which everyone
     * opens first, counts every objective once per change instead of once per visit.
     */
    public long count(ObjectiveQuery query) {
        Actor actor = callers.currentActor();
        if (!normalise(query.getText()).isEmpty()) {
            return count(query, actor);
        }
        String key = "objectives.count:" + visibility(actor)
                + ":" + query.getAreaId() + ":" + query.getStatus() + ":" + query.getLevel() + ":" + query.getInstitutionId();
        return cache.get(key, () -> count(query, actor));
    }

    private long count(ObjectiveQuery query, Actor actor) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Objective> objective = cq.from(Objective.class);
        cq.select(cb.count(objective))
                .where(filters(cb, cq, objective, query, actor));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * One page of the list. The page is read from the objective table alone, so the database
     * can walk the index of the sort column and stop after one page (H2 would otherwise plan
     * the join from the small reference tables and sort every objective for every page); the
     * area and institution names come from the reference tables, a dozen rows each.
     */
    public List<ObjectiveSummary> find(ObjectiveQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> cq = cb.createTupleQuery();
        Root<Objective> objective = cq.from(Objective.class);
        Path<Long> areaId = objective.get("area").get("id");
        Path<Long> leadId = objective.get("leadInstitution").get("id");
        cq.multiselect(objective.get("id"), objective.get("code"), objective.get("level"),
                        objective.get("title").get(Bilingual.EN), objective.get("title").get(Bilingual.RO), areaId, leadId,
                        objective.get("status"), objective.get("updatedAt"))
                .where(filters(cb, cq, objective, query, callers.currentActor()))
                .orderBy(order(cb, objective, query));
        List<Tuple> rows = em.createQuery(cq)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CooperationArea> areas = byId(em.createNamedQuery(CooperationArea.FIND_ALL,
                CooperationArea.class).getResultList(), CooperationArea::getId);
        Map<Long, Institution> institutions = byId(em.createNamedQuery(Institution.FIND_ALL,
                Institution.class).getResultList(), Institution::getId);
        List<ObjectiveSummary> page = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            CooperationArea area = areas.get(row.get(5, Long.class));
            Institution lead = institutions.get(row.get(6, Long.class));
            page.add(new ObjectiveSummary(row.get(0, Long.class), row.get(1, String.class),
                    row.get(2, ObjectiveLevel.class), row.get(3, String.class),
                    row.get(4, String.class), area.getCode(), area.getNameEn(), area.getNameRo(),
                    lead.getAbbreviation(), row.get(7, ObjectiveStatus.class),
                    row.get(8, Instant.class)));
        }
        return page;
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** Upper bound of one page of the outline, in top-level rows, whatever the caller asks for. */
    public static final int OUTLINE_MAX_PAGE = 100;

    /**
     * One page of the programme's shape as the caller may see it: up to {@code max} top-level
     * rows by code (strategic objectives, and goals whose strategic objective the caller may not
     * see), each strategic objective followed by its visible goals, and how many top-level rows
     * there are in all. Three queries whatever the size of the programme: the count, the page,
     * the goals of the page's strategic objectives.
     */
    public OutlinePage outline(int first, int max) {
        Actor actor = callers.currentActor();
        int size = Math.max(1, Math.min(max, OUTLINE_MAX_PAGE));
        if (Objectives.seesAll(actor)) {
            return outlineOfAll(Math.max(0, first), size);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Objective> counted = count.from(Objective.class);
        count.select(cb.count(counted)).where(topLevel(cb, count, counted, actor));
        long topLevelCount = em.createQuery(count).getSingleResult();

        CriteriaQuery<Tuple> page = cb.createTupleQuery();
        Root<Objective> top = page.from(Objective.class);
        page.multiselect(outlineColumns(top)).where(topLevel(cb, page, top, actor))
                .orderBy(cb.asc(top.get("code")));
        List<OutlineRow> tops = em.createQuery(page)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(size)
                .getResultList().stream().map(ObjectiveService::outlineRow).toList();

        List<Long> strategicIds = tops.stream().filter(row -> row.level() == ObjectiveLevel.STRATEGIC_OBJECTIVE)
                .map(OutlineRow::id).toList();
        Map<Long, List<OutlineRow>> goals = new HashMap<>();
        if (!strategicIds.isEmpty()) {
            CriteriaQuery<Tuple> children = cb.createTupleQuery();
            Root<Objective> goal = children.from(Objective.class);
            List<Predicate> where = new ArrayList<>(List.of(filters(cb, children, goal, new ObjectiveQuery(), actor)));
            where.add(goal.get("parent").get("id").in(strategicIds));
            children.multiselect(outlineColumns(goal)).where(where.toArray(Predicate[]::new))
                    .orderBy(cb.asc(goal.get("code")));
            for (Tuple row : em.createQuery(children).getResultList()) {
                OutlineRow child = outlineRow(row);
                goals.computeIfAbsent(child.parentId(), k -> new ArrayList<>()).add(child);
            }
        }
        return new OutlinePage(withGoals(tops, goals), topLevelCount);
    }

    /**
     * The outline for those who see every objective: its top-level rows are the strategic
     * objectives. Named queries, whose SQL Hibernate keeps: a criteria query is translated anew on
     * every request (a sixth of the tree page's time when every reader's outline was one).
     */
    private OutlinePage outlineOfAll(int first, int size) {
        long topLevelCount = em.createNamedQuery(Objective.COUNT_STRATEGIC, Long.class).getSingleResult();
        List<OutlineRow> tops = em.createNamedQuery(Objective.OUTLINE_STRATEGIC, Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(ObjectiveService::outlineRow).toList();
        Map<Long, List<OutlineRow>> goals = new HashMap<>();
        if (!tops.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Objective.OUTLINE_GOALS, Object[].class)
                    .setParameter("parentIds", tops.stream().map(OutlineRow::id).toList()).getResultList()) {
                OutlineRow goal = outlineRow(row);
                goals.computeIfAbsent(goal.parentId(), k -> new ArrayList<>()).add(goal);
            }
        }
        return new OutlinePage(withGoals(tops, goals), topLevelCount);
    }

    /** A row of the named outline queries: id, code, level, titles, status and, for a goal, its parent's id. */
    private static OutlineRow outlineRow(Object[] row) {
        return new OutlineRow((Long) row[0], (String) row[1], (ObjectiveLevel) row[2], (String) row[3],
                (String) row[4], (ObjectiveStatus) row[5], row.length > 6 ? (Long) row[6] : null);
    }

    /** Each top-level row followed by its goals. */
    private static List<OutlineRow> withGoals(List<OutlineRow> tops, Map<Long, List<OutlineRow>> goals) {
        List<OutlineRow> rows = new ArrayList<>();
        for (OutlineRow row : tops) {
            rows.add(row);
            rows.addAll(goals.getOrDefault(row.id(), List.of()));
        }
        return rows;
    }

    /** Visible, and either strategic or a goal whose strategic objective the actor cannot see. */
    private Predicate[] topLevel(CriteriaBuilder cb, AbstractQuery<?> cq, Root<Objective> objective, Actor actor) {
        List<Predicate> where = new ArrayList<>(List.of(filters(cb, cq, objective, new ObjectiveQuery(), actor)));
        Predicate strategic = cb.isNull(objective.get("parent"));
        where.add(Objectives.seesAll(actor) || actor.institutionId() == null ? strategic
                : cb.or(strategic, cb.not(parentInvolves(cb, cq, objective, actor.institutionId()))));
        return where.toArray(Predicate[]::new);
    }

    private static List<Selection<?>> outlineColumns(Root<Objective> objective) {
        return List.of(objective.get("id"), objective.get("code"), objective.get("level"),
                objective.get("title").get(Bilingual.EN), objective.get("title").get(Bilingual.RO),
                // A left join: strategic objectives have no parent and must not drop out.
                objective.get("status"), objective.join("parent", JoinType.LEFT).get("id"));
    }

    private static OutlineRow outlineRow(Tuple row) {
        return new OutlineRow(row.get(0, Long.class), row.get(1, String.class),
                row.get(2, ObjectiveLevel.class), row.get(3, String.class), row.get(4, String.class),
                row.get(5, ObjectiveStatus.class), row.get(6, Long.class));
    }

    /**
     * How many objectives the caller can see, per status: the same for everyone who sees all,
     * and for everyone of one institution otherwise, so kept per institution until the next
     * recorded change.
     */
    public Map<ObjectiveStatus, Long> countByStatus() {
        Actor actor = callers.currentActor();
        return cache.get("status:" + visibility(actor), () -> Collections.unmodifiableMap(countByStatus(actor)));
    }

    /** What a cached figure depends on besides the trail: everything, or one institution's objectives. */
    private static String visibility(Actor actor) {
        return Objectives.seesAll(actor) ? "all" : "institution:" + actor.institutionId();
    }

    private Map<ObjectiveStatus, Long> countByStatus(Actor actor) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<Objective> objective = cq.from(Objective.class);
        Path<ObjectiveStatus> status = objective.get("status");
        cq.multiselect(status, cb.count(objective))
                .where(filters(cb, cq, objective, new ObjectiveQuery(), actor))
                .groupBy(status);
        Map<ObjectiveStatus, Long> counts = new EnumMap<>(ObjectiveStatus.class);
        for (Object[] row : em.createQuery(cq).getResultList()) {
            counts.put((ObjectiveStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * One objective with everything its detail page shows, or a refusal that looks the same
     * whether the objective does not exist or the caller may not see it
     * ({@link Objectives#getVisibleForPage}). The objective's own page reads it with its approval
     * panel in one call ({@code ApprovalService.objectivePage}).
     */
    public Objective getObjective(long id) {
        return objectives.getVisibleForPage(id, callers.currentActor());
    }

    private Predicate[] filters(CriteriaBuilder cb, AbstractQuery<?> cq, Root<Objective> objective,
                                ObjectiveQuery query, Actor actor) {
        List<Predicate> predicates = new ArrayList<>();
        if (!Objectives.seesAll(actor)) {
            predicates.add(actor.institutionId() == null
                    ? cb.disjunction()
                    : visibleToInstitution(cb, cq, objective, actor.institutionId()));
        }
        if (query.getAreaId() != null) {
            predicates.add(cb.equal(objective.get("area").get("id"), query.getAreaId()));
        }
        if (query.getStatus() != null) {
            predicates.add(cb.equal(objective.get("status"), query.getStatus()));
        }
        if (query.getLevel() != null) {
            predicates.add(cb.equal(objective.get("level"), query.getLevel()));
        }
        if (query.getInstitutionId() != null) {
            predicates.add(involves(cb, cq, objective, query.getInstitutionId()));
        }
        String text = normalise(query.getText());
        if (!text.isEmpty()) {
            String pattern = LikePatterns.containing(text);
            predicates.add(cb.or(
                    cb.like(cb.lower(objective.get("code")), pattern, '\\'),
                    cb.like(cb.lower(objective.get("title").get(Bilingual.EN)), pattern, '\\'),
                    cb.like(cb.lower(objective.get("title").get(Bilingual.RO)), pattern, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** Led by the institution, or with the institution among the contributors. */
    /** {@link Objective#visibleToInstitution} as a query: involved, or a goal of an objective that is. */
    private static Predicate visibleToInstitution(CriteriaBuilder cb, AbstractQuery<?> cq,
                                                  Root<Objective> objective, Long institutionId) {
        return cb.or(involves(cb, cq, objective, institutionId), parentInvolves(cb, cq, objective, institutionId));
    }

    /** The objective's parent (its strategic objective) is led by or has as contributor the institution. */
    private static Predicate parentInvolves(CriteriaBuilder cb, AbstractQuery<?> cq,
                                            Root<Objective> objective, Long institutionId) {
        Subquery<Long> viaParent = cq.subquery(Long.class);
        Root<Objective> parent = viaParent.from(Objective.class);
        Subquery<Long> parentContributing = viaParent.subquery(Long.class);
        Root<Objective> inner = parentContributing.from(Objective.class);
        From<Objective, Institution> contributor = inner.join("contributingInstitutions");
        parentContributing.select(inner.get("id"))
                .where(cb.equal(inner.get("id"), parent.get("id")), cb.equal(contributor.get("id"), institutionId));
        viaParent.select(parent.get("id"))
                .where(cb.equal(parent.get("id"), objective.get("parent").get("id")),
                        cb.or(cb.equal(parent.get("leadInstitution").get("id"), institutionId),
                                cb.exists(parentContributing)));
        return cb.exists(viaParent);
    }

    private static Predicate involves(CriteriaBuilder cb, AbstractQuery<?> cq,
                                      Root<Objective> objective, Long institutionId) {
        Subquery<Long> contributing = cq.subquery(Long.class);
        Root<Objective> inner = contributing.from(Objective.class);
        From<Objective, Institution> contributor = inner.join("contributingInstitutions");
        contributing.select(inner.get("id"))
                .where(cb.equal(inner.get("id"), objective.get("id")),
                        cb.equal(contributor.get("id"), institutionId));
        return cb.or(cb.equal(objective.get("leadInstitution").get("id"), institutionId),
                cb.exists(contributing));
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Objective> objective, ObjectiveQuery query) {
        Expression<?> key = switch (query.getSort()) {
            case CODE -> objective.get("code");
            case TITLE -> cb.lower(objective.get("title").get(Bilingual.ROMANIAN_CODE.equals(query.getLanguage()) ? Bilingual.RO : Bilingual.EN));
            // The only order that needs another table: areas sort by their place in the programme.
            case AREA -> objective.join("area").get("sortOrder");
            case STATUS -> objective.get("status");
            case UPDATED -> objective.get("updatedAt");
        };
        List<Order> orders = new ArrayList<>();
        orders.add(query.isAscending() ? cb.asc(key) : cb.desc(key));
        // A unique tie-breaker keeps pages stable: no row shown twice or skipped. Not when the
        // key is the code already: "order by code, code" makes H2 scan and sort the whole table
        // instead of reading one page from the code's index.
        // The tie-breaker runs the same way as the key, so that one index on (key, code) serves both.
        if (query.getSort() != ObjectiveSort.CODE) {
            Expression<?> code = objective.get("code");
            orders.add(query.isAscending() ? cb.asc(code) : cb.desc(code));
        }
        return orders;
    }

    /**
     * The query's text (stripped and cut by {@link ObjectiveQuery#setText}) in lower case, cut
     * again because lower case can lengthen a few letters.
     */
    static String normalise(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.length() > ObjectiveQuery.MAX_TEXT_LENGTH ? lower.substring(0, ObjectiveQuery.MAX_TEXT_LENGTH) : lower;
    }
}
