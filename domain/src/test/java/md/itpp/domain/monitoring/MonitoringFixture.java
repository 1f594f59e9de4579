package md.itpp.domain.monitoring;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Participant;
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

/** Objectives, institutions and callers for the monitoring tests, without a container. */
final class MonitoringFixture {

    private static final AtomicLong IDS = new AtomicLong(1000);

    static final Actor NEGOTIATOR = new Actor("nina", Set.of(Role.NEGOTIATOR), null);
    static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER), null);
    static final Actor APPROVER = new Actor("alex", Set.of(Role.APPROVER), null);

    final Programme programme = new Programme("ITPP-MDA-2025", "ITPP", "ITPP", 2025, 2028);
    final CooperationArea cyber = new CooperationArea(programme, "CYB", "Cyber defence", "Apărare cibernetică", 1);
    final CooperationArea education = new CooperationArea(programme, "EDU", "Education", "Educație", 2);
    final Institution ma = withId(new Institution("MA", "MA", "Ministry of Defence", "Ministerul Apărării"));
    final Institution mai = withId(new Institution("MAI", "MAI", "Ministry of Internal Affairs",
            "Ministerul Afacerilor Interne"));
    final Institution sis = withId(new Institution("SIS", "SIS", "Information and Security Service",
            "Serviciul de Informații și Securitate"));

    final Participant expertMa = participant("expert.ma", ma, false);
    final Participant focalMa = participant("focal.ma", ma, true);
    final Participant expertMai = participant("expert.mai", mai, false);
    final Participant focalMai = participant("focal.mai", mai, true);
    final Participant focalSis = participant("focal.sis", sis, true);
    final Participant negotiator = new Participant(NEGOTIATOR, false);

    static Participant participant(String username, Institution institution, boolean focal) {
        return new Participant(new Actor(username, Set.of(Role.CONSULTEE), institution.getId()), focal);
    }

    Objective strategic(String code, CooperationArea area, Institution lead, List<Institution> contributors) {
        Objective o = withId(Objective.strategic(NEGOTIATOR, code, programme, area, lead, content(code, Language.RO)));
        o.assignInstitutions(NEGOTIATOR, lead, contributors);
        return o;
    }

    Objective goal(String code, Objective parent, int milestones, List<Indicator> indicators) {
        Objective o = withId(Objective.goal(NEGOTIATOR, code, parent, parent.getLeadInstitution(),
                content(code, Language.RO)));
        o.replaceMilestones(NEGOTIATOR, java.util.stream.IntStream.range(0, milestones)
                .mapToObj(i -> new Milestone(2025 + i % 4, "Milestone " + i, "Reper " + i)).toList());
        o.replaceIndicators(NEGOTIATOR, indicators);
        return o;
    }

    static Indicator indicator(String baseline, String target) {
        return new Indicator("Indicator", "Indicator", baseline, target, "units", "Report");
    }

    static <T extends Objective> T approved(T objective) {
        objective.submit(NEGOTIATOR, "Straight to approval in a test");
        objective.signOff(REVIEWER);
        objective.approve(APPROVER);
        return objective;
    }

    private static ObjectiveContent content(String code, Language language) {
        return new ObjectiveContent("Title " + code, "Titlu " + code, "Text", "Text", language,
                SourceInstrument.NEW, Priority.HIGH, null, null, null);
    }

    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
