package md.itpp.persistence.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import md.itpp.domain.approval.Decision;
import md.itpp.domain.approval.DecisionKind;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.approval.SubmissionState;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.programme.ProgrammeDocument.ApprovalLine;
import md.itpp.persistence.programme.ProgrammeDocument.Area;
import md.itpp.persistence.programme.ProgrammeDocument.Entry;
import md.itpp.persistence.programme.ProgrammeDocument.IndicatorLine;
import md.itpp.persistence.programme.ProgrammeDocument.MilestoneLine;
import md.itpp.persistence.reference.ReferenceService;

/**
 * Reads the programme document's model ({@link ProgrammeDocument}) from the database: the
 * nationally approved objectives by area in the programme's order, each with the approval record
 * of the submission that approved its current text. No roles here: {@link ProgrammeDocumentService}
 * holds them for downloads, and {@link ProgrammeDocumentsAhead} reads the same model on its timer,
 * which has no caller.
 */
@ApplicationScoped
public class ProgrammeModel {

    /** Nationally approved: approval done, whatever the negotiation with NATO has reached. */
    static final Set<ObjectiveStatus> APPROVED = EnumSet.of(ObjectiveStatus.APPROVED, ObjectiveStatus.SENT_TO_NATO,
            ObjectiveStatus.NATO_COMMENTS, ObjectiveStatus.AGREED, ObjectiveStatus.ADOPTED);

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    /**
     * The model with the persistence context emptied: the entities it was read from (every
     * approved objective with its milestones, indicators, submissions and decisions, and their
     * snapshots for dirty checking) would otherwise stay reachable for the seconds the document
     * takes to write, be promoted to the old generation by the young collections the layout makes,
     * and fill it (a full collection of a 512 MB heap in every programme PDF). Nothing is written
     * here, so there is nothing to flush. In a transaction of its own, so that emptying the
     * context can never drop a caller's changes not yet flushed: the document shows what is
     * committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProgrammeDocument read(Language language) {
        ProgrammeDocument document = document(language);
        em.clear();
        return document;
    }

    private ProgrammeDocument document(Language language) {
        Programme programme = em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", ReferenceService.PROGRAMME_CODE).getSingleResult();
        List<Objective> approved = em.createNamedQuery(Objective.FIND_IN_STATUSES, Objective.class)
                .setParameter("statuses", APPROVED).getResultList();
        Map<Long, List<ApprovalLine>> records = approvalRecords(approved);

        Map<Long, List<Entry>> goalsByParent = new HashMap<>();
        for (Objective o : approved) {
            if (!o.isStrategic()) {
                o.getParent().ifPresent(parent -> goalsByParent.computeIfAbsent(parent.getId(), k -> new ArrayList<>())
                        .add(entry(o, language, List.of(), records)));
            }
        }
        Map<CooperationArea, List<Entry>> byArea = new LinkedHashMap<>();
        for (Objective o : approved) {
            boolean parentIncluded = o.getParent().map(p -> APPROVED.contains(p.getStatus())).orElse(false);
            if (o.isStrategic() || !parentIncluded) {
                List<Entry> goals = o.isStrategic() ? goalsByParent.getOrDefault(o.getId(), List.of()) : List.of();
                byArea.computeIfAbsent(o.getArea(), k -> new ArrayList<>()).add(entry(o, language, goals, records));
            }
        }
        List<Area> areas = byArea.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().getSortOrder()))
                .map(e -> new Area(e.getKey().getCode(), e.getKey().name(language.locale()), e.getValue()))
                .toList();
        return new ProgrammeDocument(language, programme.title(language.locale()), programme.getStartYear(),
                programme.getEndYear(), Instant.now(), areas);
    }

    /** Per objective, the decisions of its latest approved submission. */
    private Map<Long, List<ApprovalLine>> approvalRecords(List<Objective> objectives) {
        Map<Long, List<ApprovalLine>> records = new HashMap<>();
        if (objectives.isEmpty()) {
            return records;
        }
        // The objectives' statuses, not their ids: five thousand ids were as many query parameters.
        List<Submission> submissions = em.createNamedQuery(Submission.FIND_IN_STATE_FOR_STATUSES, Submission.class)
                .setParameter("state", SubmissionState.APPROVED).setParameter("statuses", APPROVED).getResultList();
        for (Submission s : submissions) {
            List<ApprovalLine> lines = new ArrayList<>();
            for (Decision d : s.getDecisions()) {
                String step = d.getKind() == DecisionKind.APPROVAL || d.getStepPosition() >= s.getStepCount() ? ""
                        : s.getChain().step(d.getStepPosition()).getNameEn() + " / "
                                + s.getChain().step(d.getStepPosition()).getNameRo();
                lines.add(new ApprovalLine(d.getKind(), step, d.getUsername(), d.getDecidedAt(),
                        d.getRevisionNumber(), d.getRevisionSha256()));
            }
            records.put(s.getObjective().getId(), lines);
        }
        return records;
    }

    private static Entry entry(Objective o, Language language, List<Entry> goals,
                               Map<Long, List<ApprovalLine>> records) {
        var locale = language.locale();
        return new Entry(o.getCode(), o.title(locale), o.text(locale),
                o.getLeadInstitution().name(locale) + " (" + o.getLeadInstitution().getAbbreviation() + ")",
                o.getStatus(),
                o.getMilestones().stream().map(m -> new MilestoneLine(m.getYear(), m.description(locale))).toList(),
                o.getIndicators().stream().map(i -> new IndicatorLine(i.name(locale), i.getBaseline(), i.getTarget(),
                        i.unit(locale), i.meansOfVerification(locale))).toList(),
                goals, records.getOrDefault(o.getId(), List.of()),
                o.getGovernmentDecisionNumber().orElse(null), o.getGovernmentDecisionDate().orElse(null));
    }
}
