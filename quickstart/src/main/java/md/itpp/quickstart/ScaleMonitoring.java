package md.itpp.quickstart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.domain.monitoring.RollUp;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.Programme;

/**
 * The monitoring part of the scale data ({@link ScaleData}): a {@value #YEAR} reporting period
 * whose reports cover every generated objective that is approved or further along, for trying
 * the monitoring dashboard and the national report at the size a real programme reaches. The
 * reports are written with the domain's own methods, as institutions and negotiators would:
 * mixed states (about a quarter each left in draft, submitted, returned and accepted), every
 * milestone status, indicator values between baseline and target, a narrative in both
 * languages. The demo's own period is 2025; nothing here touches it.
 */
final class ScaleMonitoring {

    static final int YEAR = 2026;

    private static final Logger LOG = Logger.getLogger(ScaleMonitoring.class.getName());
    private static final long SEED = 2026L;
    private static final Actor NEGOTIATOR = new Actor("negotiator", Set.of(Role.NEGOTIATOR), null);
    private static final MilestoneStatus[] STATUSES = MilestoneStatus.values();

    private ScaleMonitoring() {
    }

    /** Opens the period with its reports; the caller's transaction keeps them. */
    static void generate(EntityManager em) {
        long started = System.nanoTime();
        Programme programme = em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", "ITPP-MDA-2025").getSingleResult();
        List<Objective> objectives = em.createNamedQuery(ReportingPeriod.REPORTABLE_OBJECTIVES, Objective.class)
                .setParameter("programmeId", programme.getId()).setParameter("statuses", ReportingPeriod.REPORTED)
                .getResultList();
        Instant now = Instant.now();
        ReportingPeriod period = ReportingPeriod.open(NEGOTIATOR, programme, YEAR + " annual report", YEAR,
                LocalDate.of(YEAR, 12, 25), LocalDate.of(YEAR + 1, 1, 25), objectives, now);
        SplittableRandom random = new SplittableRandom(SEED);
        Map<ReportState, Integer> states = new EnumMap<>(ReportState.class);
        for (ProgressReport report : period.getReports()) {
            ReportState state = write(report, random, now);
            states.merge(state, 1, Integer::sum);
        }
        em.persist(period);
        em.flush();
        em.clear();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> String.format("Scale monitoring data created: period %d with %d reports %s in %d ms", YEAR,
                period.getReports().size(), states, millis));
    }

    /** Drafts the report as its lead institution would and takes it to a state; returns the state. */
    private static ReportState write(ProgressReport report, SplittableRandom random, Instant now) {
        Long institution = report.getInstitution().getId();
        Participant focalPoint = new Participant(new Actor("focal.scale", Set.of(Role.CONSULTEE), institution), true);
        Objective objective = report.getObjective();
        List<ReportDraft.MilestoneEntry> milestones = new ArrayList<>();
        for (int i = 0; i < report.getMilestones().size(); i++) {
            MilestoneStatus status = STATUSES[random.nextInt(STATUSES.length)];
            milestones.add(new ReportDraft.MilestoneEntry(status,
                    status.needsAttention() ? "Funding arrived late" : null));
        }
        List<String> values = new ArrayList<>();
        for (Indicator indicator : objective.getIndicators()) {
            double target = ProgressReport.numeric(indicator)
                    ? RollUp.number(indicator.getTarget()).orElseThrow().doubleValue() : -1;
            values.add(target < 0 ? "in progress" : Long.toString(Math.round(random.nextDouble() * target)));
        }
        int roll = random.nextInt(4);
        report.draft(focalPoint, new ReportDraft(
                "Obiectivul " + objective.getCode() + " avansează; detalii în anexe.",
                "Objective " + objective.getCode() + " advances; details in the annexes.", milestones, values), now);
        if (roll == 0) {
            return ReportState.DRAFT;
        }
        report.submit(focalPoint, now);
        if (roll == 2) {
            report.returnForCorrection(NEGOTIATOR, "Give the indicators' sources", now);
        } else if (roll == 3) {
            report.accept(NEGOTIATOR, now);
        }
        return report.getState();
    }
}
