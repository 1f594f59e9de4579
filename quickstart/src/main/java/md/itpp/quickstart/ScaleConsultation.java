package md.itpp.quickstart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.persistence.EntityManager;

import md.itpp.domain.account.Actor;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.ConsultationComment;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundObjective;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.objective.Objectives;

/**
 * Consultation rounds for the scale data, made with the domain's own methods as a negotiator
 * and the institutions would: each round takes objectives in draft or revision, invites
 * institutions, opens, receives comments from their experts, and each institution's focal point
 * submits its position. Older rounds are closed with part of their comments disposed, the
 * oldest have a final synthesis (every comment disposed), the newest are still open.
 * <p>
 * The comments add up to exactly the number asked for; the first round has the most of them
 * (1,500 at the full scale: a long comment-resolution table).
 */
final class ScaleConsultation {

    /** Of every five rounds, the oldest one has its synthesis final and the newest is still open. */
    private static final int ROUNDS_PER_OPEN = 5;
    private static final int OBJECTIVES_PER_ROUND = 20;

    private static final Instant FIRST_ROUND = Instant.parse("2025-02-03T08:00:00Z");

    private final EntityManager em;
    private final Objectives objectives;

    ScaleConsultation(EntityManager em, Objectives objectives) {
        this.em = em;
        this.objectives = objectives;
    }

    /**
     * How many comments each round gets (two rounds or more): the first one and a half times the
     * mean, the others between half and one and a half times the mean, adding up to exactly
     * {@code total}.
     */
    static int[] commentsPerRound(int rounds, int total, SplittableRandom random) {
        int[] sizes = new int[rounds];
        int mean = Math.max(2, total / rounds);
        int biggest = mean * 3 / 2;
        int sum = 0;
        for (int i = 0; i < rounds; i++) {
            sizes[i] = i == 0 ? biggest : mean / 2 + random.nextInt(mean);
            sum += sizes[i];
        }
        // Spread the difference over the rounds after the first, keeping each at 1 comment or more.
        int difference = total - sum;
        for (int i = 1; difference != 0; i = i % (rounds - 1) + 1) {
            int step = Integer.signum(difference);
            if (sizes[i] + step >= 1 && sizes[i] + step < biggest) {
                sizes[i] += step;
                difference -= step;
            }
        }
        return sizes;
    }

    /**
     * Makes the rounds; {@code eligible} are ids of objectives in draft or revision (each round
     * takes its own), {@code consultees} the experts and focal point of each institution by
     * institution id. Returns the comments written.
     */
    int generate(Actor negotiator, List<Long> eligible, List<Institution> institutions,
                 Map<Long, InstitutionStaff> consultees, int rounds, int comments, SplittableRandom random) {
        int[] sizes = commentsPerRound(rounds, comments, random);
        List<Long> pool = new ArrayList<>(eligible);
        Collections.shuffle(pool, new java.util.Random(random.nextLong()));
        int perRound = Math.max(1, Math.min(OBJECTIVES_PER_ROUND, pool.size() / rounds));
        int openRounds = Math.max(1, rounds / ROUNDS_PER_OPEN);
        int finalRounds = Math.max(1, rounds / ROUNDS_PER_OPEN);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int written = 0;
        for (int r = 0; r < rounds && pool.size() >= perRound; r++) {
            boolean open = r >= rounds - openRounds;
            // Closed rounds a week apart from February 2025; the open ones opened in the last days.
            Instant opened = open ? now.minus(rounds - r, ChronoUnit.DAYS)
                    : FIRST_ROUND.plus(7L * r, ChronoUnit.DAYS);
            Instant deadline = open ? now.plus(7 + r % 14, ChronoUnit.DAYS) : opened.plus(21, ChronoUnit.DAYS);
            List<Long> ids = new ArrayList<>(pool.subList(0, perRound));
            pool.subList(0, perRound).clear();
            written += round(r, negotiator, ids, invited(institutions, consultees, random), consultees, sizes[r],
                    opened, deadline, open, r < finalRounds, random);
            em.flush();
            em.clear();
        }
        return written;
    }

    private static List<Institution> invited(List<Institution> institutions, Map<Long, InstitutionStaff> consultees,
                                             SplittableRandom random) {
        List<Institution> candidates = new ArrayList<>(institutions.stream()
                .filter(i -> consultees.containsKey(i.getId())).toList());
        Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        return candidates.subList(0, Math.min(candidates.size(), 4 + random.nextInt(4)));
    }

    private int round(int index, Actor negotiator, List<Long> objectiveIds, List<Institution> invited,
                      Map<Long, InstitutionStaff> consultees, int commentCount, Instant opened, Instant deadline,
                      boolean open, boolean finalSynthesis, SplittableRandom random) {
        ConsultationRound round = new ConsultationRound(negotiator, String.format(
                "Consultation %02d: %s", index + 1, TITLES.get(index % TITLES.size())), deadline);
        List<Objective> items = objectiveIds.stream().map(id -> em.find(Objective.class, id)).toList();
        items.forEach(objective -> round.addObjective(negotiator, objective));
        round.invite(negotiator, invited);
        round.open(negotiator, opened, objective -> objectives.latestRevision(objective)
                .orElseGet(() -> {
                    ObjectiveRevision first = new ObjectiveRevision(objective, 0,
                            md.itpp.domain.objective.RevisionKind.CREATED, negotiator, null);
                    em.persist(first);
                    return first;
                }));
        List<RoundObjective> roundObjectives = round.getObjectives();
        for (int c = 0; c < commentCount; c++) {
            Invitation invitation = round.getInvitations().get(c % round.getInvitations().size());
            InstitutionStaff staff = consultees.get(invitation.getInstitution().getId());
            Participant author = staff.experts().get(random.nextInt(staff.experts().size()));
            String[] text = COMMENT_TEXTS.get(random.nextInt(COMMENT_TEXTS.size()));
            Instant at = opened.plus(1 + c % 600, ChronoUnit.MINUTES);
            round.comment(author, roundObjectives.get(random.nextInt(roundObjectives.size())).getObjective().getId(),
                    FIELDS[random.nextInt(FIELDS.length)], TYPES[random.nextInt(TYPES.length)],
                    text[0], random.nextInt(3) == 0 ? null : text[1], at);
        }
        // Every institution of a closed round sent its position; in an open one, about half so far.
        Instant submitted = opened.plus(2, ChronoUnit.DAYS);
        if (!open || submitted.isBefore(deadline)) {
            for (Invitation invitation : round.getInvitations()) {
                if (open && random.nextBoolean()) {
                    continue;
                }
                boolean commented = round.getComments().stream().anyMatch(k -> k.getInvitation() == invitation);
                InstitutionStaff staff = consultees.get(invitation.getInstitution().getId());
                Instant at = open ? opened.plus(1, ChronoUnit.HOURS) : submitted;
                invitation.submit(staff.focalPoint(), commented
                                ? (random.nextInt(5) == 0 ? PositionType.OBJECTION : PositionType.SUPPORT_WITH_COMMENTS)
                                : PositionType.SUPPORT,
                        (1000 + random.nextInt(9000)) + "/" + invitation.getInstitution().getCode(),
                        LocalDate.ofInstant(at, Invitation.ZONE), at);
            }
        }
        em.persist(round);
        if (!open) {
            Instant closed = deadline;
            round.close(negotiator, closed);
            int disposeEvery = finalSynthesis ? 1 : 2 + random.nextInt(3);
            int k = 0;
            for (ConsultationComment comment : round.submittedComments()) {
                if (k++ % disposeEvery == 0) {
                    DispositionType decision = DISPOSITIONS[random.nextInt(DISPOSITIONS.length)];
                    comment.dispose(negotiator, decision, decision.needsJustification()
                            ? JUSTIFICATIONS.get(random.nextInt(JUSTIFICATIONS.size())) : null,
                            closed.plus(1 + k % 5, ChronoUnit.DAYS));
                }
            }
            if (finalSynthesis) {
                round.finalizeSynthesis(negotiator, closed.plus(10, ChronoUnit.DAYS));
            }
        }
        return commentCount;
    }

    /** An institution's consultees: its focal point, who submits, and the experts, who comment. */
    record InstitutionStaff(Participant focalPoint, List<Participant> experts) {
    }

    private static final CommentField[] FIELDS = CommentField.values();
    private static final CommentType[] TYPES = CommentType.values();
    private static final DispositionType[] DISPOSITIONS = DispositionType.values();

    private static final List<String> TITLES = List.of(
            "cyber defence and hybrid threats", "resilience and civil preparedness",
            "defence and security sector reform", "interoperability and capabilities",
            "building integrity", "education and training", "crisis management",
            "strategic communications", "climate and security", "science and technology");

    /** A comment and the wording it proposes. */
    private static final List<String[]> COMMENT_TEXTS = List.of(
            new String[] {"The baseline of the indicator is missing; please state the 2024 value.",
                    "Baseline: the 2024 value reported in the annual report of the lead institution."},
            new String[] {"Propunem să se precizeze instituțiile contributoare și rolul fiecăreia.",
                    "Instituțiile contributoare: MAI, SIS; rolul fiecăreia se stabilește prin ordin comun."},
            new String[] {"The milestone for 2026 is not realistic given the budget cycle.",
                    "Move the milestone to 2027 and add an intermediate step in 2026."},
            new String[] {"Termenul de realizare nu corespunde planului național de acțiuni.",
                    "Termenul se aliniază la Planul național de acțiuni pentru anii 2025-2028."},
            new String[] {"The means of verification should name a public source.",
                    "Means of verification: the Government's annual monitoring report (published)."},
            new String[] {"Editorial: use the official name of the institution.",
                    "Serviciul Tehnologia Informației și Securitate Cibernetică"},
            new String[] {"The objective overlaps with the partnership goal on logistics.",
                    "Merge the two objectives and keep the indicators of both."},
            new String[] {"Resursele financiare nu sunt prevăzute în cadrul bugetar pe termen mediu.",
                    "Resurse: bugetul de stat, în limita alocărilor aprobate, și asistența externă."});

    private static final List<String> JUSTIFICATIONS = List.of(
            "Already covered by the indicators of the partnership goal.",
            "Contrary to the agreed NATO wording; kept as negotiated.",
            "Partly taken over: the milestone moved, the indicator kept.",
            "Propunerea depășește cadrul bugetar aprobat.");
}
