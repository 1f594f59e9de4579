package md.itpp.quickstart;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.approval.ApprovalChain;
import md.itpp.domain.approval.StepDefinition;
import md.itpp.domain.approval.StepRule;
import md.itpp.domain.approval.Submission;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.account.PasswordHasher;
import md.itpp.persistence.objective.Objectives;

/**
 * Demo accounts (one per role, plus a second reviewer for the approval chain, all with {@link #PASSWORD}) and a demo programme draft, created
 * on the first start of an empty database and never again. The objectives go through the same
 * domain methods a user would call, so their states are ones the lifecycle can reach; each has
 * its first revision, as if created in the editor. It runs after the first-administrator step,
 * which therefore still sees an installation without administrators, as IT's first start does.
 */
@Singleton
@Startup
@DependsOn("AdministratorBootstrap")
public class DemoData {

    /** Demo only: printed in the README, never used by the EAR that IT deploys. */
    public static final String PASSWORD = "itpp-demo-2025";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Accounts accounts;

    @Inject
    private Objectives objectives;

    private String hash;

    @PostConstruct
    void seed() {
        if (!em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", "SO-CYB-1").getResultList().isEmpty()) {
            seedConsultation();
            addSecondReviewer();
            seedMonitoring();
            return;
        }
        hash = hasher.hash(PASSWORD);
        Actor negotiator = Actor.of(account("negotiator", "Ana Negotiator", Role.NEGOTIATOR, "MAEIE"));
        account("consultee", "Ion Consultee (Ministry of Defence)", Role.CONSULTEE, "MA");
        account("consultee.mai", "Maria Consultee (Internal Affairs)", Role.CONSULTEE, "MAI");
        Actor reviewer = Actor.of(account("reviewer", "Victor Reviewer", Role.REVIEWER, "MAEIE"));
        Actor approver = Actor.of(account("approver", "Elena Approver", Role.APPROVER, "MAEIE"));
        // Review and approval: a second reviewer (legal review) and the demo approval chain.
        Actor legalReviewer = Actor.of(account("reviewer.legal", "Irina Reviewer (legal)", Role.REVIEWER, "MAEIE"));
        account("admin", "IT Administrator", Role.ADMIN, null);
        account("auditor", "Dan Auditor", Role.AUDITOR, null);

        Programme programme = em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", "ITPP-MDA-2025").getSingleResult();
        ApprovalChain chain = ApprovalChain.configure(new Actor("admin", Set.of(Role.ADMIN), null), programme,
                List.of(new StepDefinition("Area review", "Avizarea pe domeniu", StepRule.ANY_ONE, List.of("reviewer")),
                        new StepDefinition("Legal review", "Avizarea juridică", StepRule.ANY_ONE,
                                List.of("reviewer.legal"))),
                10, Map.of("reviewer", reviewer.roles(), "reviewer.legal", legalReviewer.roles()));
        em.persist(chain);
        for (Seed seed : SEEDS) {
            Objective strategic = Objective.strategic(negotiator, "SO-" + seed.area + "-1", programme,
                    area(seed.area), institution(seed.lead),
                    content(seed.titleEn, seed.titleRo, seed.textEn, seed.textRo, seed.source, Priority.HIGH));
            strategic.assignInstitutions(negotiator, institution(seed.lead),
                    seed.contributors.stream().map(this::institution).toList());
            em.persist(strategic);
            for (int g = 0; g < seed.goals.size(); g++) {
                Goal goalSeed = seed.goals.get(g);
                Objective goal = Objective.goal(negotiator, "PG-" + seed.area + "-1." + (g + 1), strategic,
                        institution(seed.lead), content(goalSeed.titleEn, goalSeed.titleRo,
                                goalSeed.titleEn + ".", goalSeed.titleRo + ".", seed.source,
                                g == 0 ? Priority.HIGH : Priority.MEDIUM));
                goal.replaceMilestones(negotiator, List.of(
                        new Milestone(2025, "Baseline assessment completed", "Evaluarea de referință finalizată"),
                        new Milestone(2026, "Legal and procedural framework adopted", "Cadrul legal și procedural adoptat"),
                        new Milestone(2027 + g % 2, "Capability operational", "Capacitate operațională")));
                goal.replaceIndicators(negotiator, List.of(
                        new Indicator(goalSeed.indicatorEn, goalSeed.indicatorRo, "0", goalSeed.target, goalSeed.unit,
                                UNITS_RO.getOrDefault(goalSeed.unit, goalSeed.unit), "Annual report of the lead institution",
                                "Raportul anual al instituției responsabile")));
                em.persist(goal);
                em.persist(new ObjectiveRevision(goal, 0, RevisionKind.CREATED, negotiator, null));
            }
            ObjectiveRevision first = new ObjectiveRevision(strategic, 0, RevisionKind.CREATED, negotiator, null);
            em.persist(first);
            advance(strategic, first, chain, seed.stage, negotiator, List.of(reviewer, legalReviewer), approver);
        }
        LOG.info(() -> "Demo data created: " + SEEDS.size() + " strategic objectives and 8 demo accounts");
        em.flush();
        seedConsultation();
        em.flush();
        seedMonitoring();
    }

    /**
     * The monitoring demo: the goals of the approved interoperability objective approved too,
     * and a 2025 reporting period (its institutions' deadline has passed) on the three: one
     * report submitted by the Ministry of Defence, one returned to it with a reason, and one
     * still in draft, overdue, with the Ministry of Internal Affairs' contributing input.
     * Added on its own (once) so that databases created before it get it too.
     */
    private void seedMonitoring() {
        if (!em.createNamedQuery(md.itpp.domain.monitoring.ReportingPeriod.LIST_ALL,
                md.itpp.domain.monitoring.ReportingPeriod.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Objective strategic = em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", "SO-INT-1").getResultStream().findFirst().orElse(null);
        Account negotiatorAccount = findAccount("negotiator");
        Account expert = findAccount("expert.ma");
        Account focal = findAccount("focal.ma");
        Account focalMai = findAccount("focal.mai");
        if (strategic == null || negotiatorAccount == null || expert == null || focal == null || focalMai == null
                || !md.itpp.domain.monitoring.ReportingPeriod.REPORTED.contains(strategic.getStatus())) {
            return;
        }
        Actor negotiator = Actor.of(negotiatorAccount);
        Actor reviewer = new Actor("reviewer", Set.of(Role.REVIEWER), null);
        Actor approver = new Actor("approver", Set.of(Role.APPROVER), null);
        List<Objective> goals = java.util.stream.Stream.of("PG-INT-1.1", "PG-INT-1.2")
                .flatMap(code -> em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                        .setParameter("code", code).getResultStream()).toList();
        for (Objective goal : goals) {
            if (goal.getStatus() == md.itpp.domain.objective.ObjectiveStatus.DRAFT) {
                goal.submit(negotiator, "Approved with its strategic objective");
                goal.signOff(reviewer);
                goal.approve(approver);
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        md.itpp.domain.monitoring.ReportingPeriod period = md.itpp.domain.monitoring.ReportingPeriod.open(negotiator,
                strategic.getProgramme(), "2025 annual report", 2025, null, null,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(strategic), goals.stream()).toList(), now);
        em.persist(period);
        Participant expertMa = Participant.of(expert);
        Participant focalMa = Participant.of(focal);
        for (md.itpp.domain.monitoring.ProgressReport report : period.getReports()) {
            String code = report.getObjective().getCode();
            if (code.startsWith("SO-")) {
                report.contribute(Participant.of(focalMai), "MAI took part in two NATO exercises with a platoon"
                        + " of the General Inspectorate of Carabinieri.", now);
                continue;
            }
            boolean first = code.endsWith(".1");
            report.draft(expertMa, new md.itpp.domain.monitoring.ReportDraft(
                    first ? "Evaluarea de referință a fost finalizată în martie 2025; cadrul legal este în lucru."
                            : "Evaluarea de referință a fost finalizată; finanțarea pentru anul 2026 nu este confirmată.",
                    first ? "The baseline assessment was completed in March 2025; the legal framework is under way."
                            : "The baseline assessment was completed; funding for 2026 is not confirmed.",
                    List.of(new md.itpp.domain.monitoring.ReportDraft.MilestoneEntry(
                                    md.itpp.domain.monitoring.MilestoneStatus.COMPLETED, null),
                            new md.itpp.domain.monitoring.ReportDraft.MilestoneEntry(first
                                    ? md.itpp.domain.monitoring.MilestoneStatus.ON_TRACK
                                    : md.itpp.domain.monitoring.MilestoneStatus.AT_RISK, first ? null : "Funding late"),
                            new md.itpp.domain.monitoring.ReportDraft.MilestoneEntry(
                                    md.itpp.domain.monitoring.MilestoneStatus.NOT_STARTED, null)),
                    report.getIndicators().stream().map(i -> first ? "1" : "").toList()), now);
            report.submit(focalMa, now);
            if (!first) {
                report.returnForCorrection(negotiator, "Give the value reached for the indicator.", now);
            }
        }
        LOG.info("Monitoring demo created: a 2025 period with " + period.getReports().size() + " reports");
    }

    private Account findAccount(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }

    /**
     * The consultation demo: an expert and a focal point of the Ministry of Defence, a focal
     * point of Internal Affairs, and an open round on the education goal with one draft
     * comment. Added on its own (once) so that databases created before it get it too.
     */
    private void seedConsultation() {
        if (accounts.findByUsername("focal.ma").isPresent()) {
            return;
        }
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
        }
        Account expert = account("expert.ma", "Radu Expert (Ministry of Defence)", Role.CONSULTEE, "MA");
        expert.changeEmail("expert.ma@example.org");
        Account focal = account("focal.ma", "Irina Focal Point (Ministry of Defence)", Role.CONSULTEE, "MA");
        focal.changeFocalPoint(true);
        focal.changeEmail("focal.ma@example.org");
        Account focalMai = account("focal.mai", "Sergiu Focal Point (Internal Affairs)", Role.CONSULTEE, "MAI");
        focalMai.changeFocalPoint(true);
        focalMai.changeEmail("focal.mai@example.org");

        Objective goal = objectives.findByCode("PG-EDU-1.1").orElse(null);
        Account negotiatorAccount = accounts.findByUsername("negotiator").orElse(null);
        if (goal == null || negotiatorAccount == null || !ConsultationRound.eligible(goal)) {
            return;
        }
        Actor negotiator = Actor.of(negotiatorAccount);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ConsultationRound round = new ConsultationRound(negotiator,
                "Education and training goals: first consultation", now.plus(14, ChronoUnit.DAYS));
        round.addObjective(negotiator, goal);
        round.invite(negotiator, List.of(institution("MA"), institution("MAI")));
        round.open(negotiator, now, objective -> objectives.latestRevision(objective)
                .orElseGet(() -> {
                    ObjectiveRevision first = new ObjectiveRevision(objective, 0, RevisionKind.CREATED, negotiator, null);
                    em.persist(first);
                    return first;
                }));
        round.comment(Participant.of(expert), goal.getId(), CommentField.TEXT_EN, CommentType.SUBSTANTIVE,
                "Name the training centres concerned.",
                "Integrate NATO standards into the curricula of the Military Academy and the training centres.", now);
        em.persist(round);
        LOG.info("Consultation demo created: 3 consultee accounts and one open round");
    }

    /**
     * Moves a demo objective along the lifecycle to the stage the demo shows it in; from
     * submission on, through the approval chain, as the services would.
     */
    private void advance(Objective objective, ObjectiveRevision revision, ApprovalChain chain, int stage,
                         Actor negotiator, List<Actor> reviewers, Actor approver) {
        if (stage >= 1) {
            objective.openConsultation(negotiator);
        }
        if (stage >= 2) {
            objective.closeConsultation(negotiator);
        }
        if (stage >= 3) {
            Submission submission = Submission.submit(objective, revision, chain, negotiator, null);
            em.persist(submission);
            em.flush();
            if (stage >= 4) {
                reviewers.forEach(reviewer -> submission.signOff(reviewer, revision));
            }
            if (stage >= 5) {
                submission.approve(approver, revision);
            }
        }
    }

    /**
     * Review and approval came after the first demo data: a database seeded before it gets the
     * second reviewer too, so the demo's two-step chain can be configured on it.
     */
    private void addSecondReviewer() {
        if (accounts.findByUsername("reviewer.legal").isEmpty()) {
            hash = hasher.hash(PASSWORD);
            account("reviewer.legal", "Irina Reviewer (legal)", Role.REVIEWER, "MAEIE");
        }
    }

    private Account account(String username, String name, Role role, String institutionCode) {
        Account account = new Account(username, name, hash, EnumSet.of(role),
                institutionCode == null ? null : institution(institutionCode));
        em.persist(account);
        return account;
    }

    private Institution institution(String code) {
        return em.createNamedQuery(Institution.FIND_BY_CODE, Institution.class)
                .setParameter("code", code).getSingleResult();
    }

    private CooperationArea area(String code) {
        return em.createNamedQuery(CooperationArea.FIND_BY_CODE, CooperationArea.class)
                .setParameter("code", code).getSingleResult();
    }

    private static ObjectiveContent content(String titleEn, String titleRo, String textEn, String textRo,
                                            SourceInstrument source, Priority priority) {
        return new ObjectiveContent(titleEn, titleRo, textEn, textRo, Language.RO, source, priority,
                "National budget and NATO trust fund support",
                "Staff turnover; delays in adopting secondary legislation",
                "Builds on the IPAP 2017-2024 and the National Security Strategy");
    }

    /** The demo indicators' units in Romanian. */
    private static final Map<String, String> UNITS_RO = Map.ofEntries(Map.entry("centres", "centre"),
            Map.entry("courses", "cursuri"), Map.entry("districts", "raioane"), Map.entry("documents", "documente"),
            Map.entry("exercises", "exerciții"), Map.entry("hearings", "audieri"), Map.entry("institutions", "instituții"),
            Map.entry("ministries", "ministere"), Map.entry("officers", "ofițeri"), Map.entry("persons", "persoane"),
            Map.entry("procedures", "proceduri"), Map.entry("projects", "proiecte"), Map.entry("reports", "rapoarte"),
            Map.entry("trainings", "instruiri"), Map.entry("units", "unități"));

    private record Goal(String titleEn, String titleRo, String indicatorEn, String indicatorRo,
                        String target, String unit) {
    }

    private record Seed(String area, String lead, List<String> contributors, SourceInstrument source,
                        int stage, String titleEn, String titleRo, String textEn, String textRo,
                        List<Goal> goals) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("CYB", "STISC", List.of("MA", "SIS"), SourceInstrument.NEW, 0,
                    "Strengthened national cyber defence and resilience of critical information infrastructure",
                    "Apărare cibernetică națională consolidată și reziliența infrastructurii informaționale critice",
                    "Develop the capabilities to prevent, detect and respond to cyber incidents affecting state institutions.",
                    "Dezvoltarea capacităților de prevenire, detectare și răspuns la incidentele cibernetice care afectează instituțiile statului.",
                    List.of(new Goal("National cyber incident response team fully staffed and certified",
                                    "Echipa națională de răspuns la incidente cibernetice complet încadrată și certificată",
                                    "Certified incident responders", "Specialiști certificați în răspuns la incidente", "40", "persons"),
                            new Goal("Cyber defence exercises held with NATO partners",
                                    "Exerciții de apărare cibernetică desfășurate cu partenerii NATO",
                                    "Joint exercises per year", "Exerciții comune pe an", "2", "exercises"))),
            new Seed("DIS", "CS", List.of("MAEIE", "SIS"), SourceInstrument.PCM, 1,
                    "Countering disinformation through coordinated strategic communications",
                    "Combaterea dezinformării prin comunicare strategică coordonată",
                    "Build a whole-of-government capacity to detect and counter foreign information manipulation.",
                    "Consolidarea capacității guvernamentale de a detecta și contracara manipularea informațională externă.",
                    List.of(new Goal("Strategic communication centre established",
                                    "Centrul de comunicare strategică înființat",
                                    "Trained communication officers", "Ofițeri de comunicare instruiți", "60", "persons"),
                            new Goal("Media literacy programmes reach the wider public",
                                    "Programe de educație mediatică pentru publicul larg",
                                    "People reached", "Persoane informate", "50000", "persons"))),
            new Seed("CLI", "IGSU", List.of("MAI"), SourceInstrument.SPS, 2,
                    "Climate change and security integrated in national preparedness",
                    "Schimbările climatice și securitatea integrate în pregătirea națională",
                    "Assess climate-related security risks and adapt civil protection planning.",
                    "Evaluarea riscurilor de securitate legate de climă și adaptarea planificării protecției civile.",
                    List.of(new Goal("Climate security risk assessment published",
                                    "Evaluarea riscurilor climatice de securitate publicată",
                                    "Risk assessments published", "Evaluări de risc publicate", "1", "reports"),
                            new Goal("Early warning for floods and droughts modernised",
                                    "Avertizarea timpurie pentru inundații și secetă modernizată",
                                    "Districts covered", "Raioane acoperite", "35", "districts"))),
            new Seed("RES", "MAI", List.of("IGSU", "MF"), SourceInstrument.IPAP, 3,
                    "Resilience and civil preparedness of the state and society",
                    "Reziliența și pregătirea civilă a statului și a societății",
                    "Meet NATO baseline requirements for resilience in continuity of government and essential services.",
                    "Îndeplinirea cerințelor de bază NATO privind reziliența, continuitatea guvernării și a serviciilor esențiale.",
                    List.of(new Goal("Continuity of government plans adopted",
                                    "Planuri de continuitate a guvernării adoptate",
                                    "Ministries with tested plans", "Ministere cu planuri testate", "14", "ministries"),
                            new Goal("National resilience exercise conducted",
                                    "Exercițiu național de reziliență desfășurat",
                                    "Exercises conducted", "Exerciții desfășurate", "1", "exercises"))),
            new Seed("SSR", "MA", List.of("MAEIE", "MAI"), SourceInstrument.DCB, 4,
                    "Defence and security sector reform in line with democratic standards",
                    "Reforma sectorului de apărare și securitate conform standardelor democratice",
                    "Modernise defence planning, management and democratic oversight of the security sector.",
                    "Modernizarea planificării și managementului apărării și a controlului democratic al sectorului de securitate.",
                    List.of(new Goal("Defence planning system aligned with NATO practice",
                                    "Sistemul de planificare a apărării aliniat la practica NATO",
                                    "Planning documents aligned", "Documente de planificare aliniate", "5", "documents"),
                            new Goal("Parliamentary oversight capacity strengthened",
                                    "Capacitatea de control parlamentar consolidată",
                                    "Oversight hearings per year", "Audieri de control pe an", "6", "hearings"))),
            new Seed("INT", "MA", List.of("MAI"), SourceInstrument.PARP, 5,
                    "Interoperability and capability development of the National Army",
                    "Interoperabilitatea și dezvoltarea capabilităților Armatei Naționale",
                    "Develop forces and capabilities interoperable with NATO through the PARP partnership goals.",
                    "Dezvoltarea forțelor și capabilităților interoperabile cu NATO prin obiectivele de parteneriat PARP.",
                    List.of(new Goal("Units declared to the Operational Capabilities Concept",
                                    "Unități declarate în Conceptul Capabilităților Operaționale",
                                    "Units evaluated", "Unități evaluate", "2", "units"),
                            new Goal("English language proficiency of officers raised",
                                    "Nivelul de cunoaștere a limbii engleze de către ofițeri crescut",
                                    "Officers at STANAG 6001 level 2", "Ofițeri la nivelul 2 STANAG 6001", "300", "officers"))),
            new Seed("BI", "CNA", List.of("MA", "MAI"), SourceInstrument.BI, 0,
                    "Building integrity and reducing corruption risks in defence and security",
                    "Consolidarea integrității și reducerea riscurilor de corupție în apărare și securitate",
                    "Apply the NATO Building Integrity programme to procurement and human resources.",
                    "Aplicarea programului NATO de Consolidare a Integrității în achiziții și resurse umane.",
                    List.of(new Goal("Integrity self-assessment completed",
                                    "Autoevaluarea integrității finalizată",
                                    "Self-assessments completed", "Autoevaluări finalizate", "3", "institutions"),
                            new Goal("Integrity training for procurement staff",
                                    "Instruire în integritate pentru personalul de achiziții",
                                    "Staff trained", "Personal instruit", "200", "persons"))),
            new Seed("CRM", "IGSU", List.of("MAI", "MA"), SourceInstrument.TRUST_FUND, 1,
                    "Crisis management and emergency assistance capacity",
                    "Capacitatea de gestionare a crizelor și de asistență în situații de urgență",
                    "Strengthen the national crisis management system and its links with the Euro-Atlantic Disaster Response Coordination Centre.",
                    "Consolidarea sistemului național de gestionare a crizelor și a legăturilor cu Centrul Euro-Atlantic de Coordonare a Răspunsului la Dezastre.",
                    List.of(new Goal("National crisis management centre operational",
                                    "Centrul național de gestionare a crizelor operațional",
                                    "Centre operating 24/7", "Centru funcțional 24/7", "1", "centres"),
                            new Goal("Host nation support procedures adopted",
                                    "Proceduri de sprijin al națiunii-gazdă adoptate",
                                    "Procedures adopted", "Proceduri adoptate", "4", "procedures"))),
            new Seed("HYB", "SIS", List.of("MAEIE", "STISC"), SourceInstrument.NEW, 2,
                    "Countering hybrid threats",
                    "Contracararea amenințărilor hibride",
                    "Improve the detection, attribution and response to hybrid threats against the Republic of Moldova.",
                    "Îmbunătățirea detectării, atribuirii și răspunsului la amenințările hibride împotriva Republicii Moldova.",
                    List.of(new Goal("Hybrid threat assessment mechanism established",
                                    "Mecanismul de evaluare a amenințărilor hibride instituit",
                                    "Assessments issued", "Evaluări emise", "4", "per year"),
                            new Goal("Inter-agency hybrid response cell trained",
                                    "Celula interinstituțională de răspuns hibrid instruită",
                                    "Trainings held", "Instruiri desfășurate", "3", "trainings"))),
            new Seed("EDU", "MA", List.of("MAEIE"), SourceInstrument.PCM, 0,
                    "Defence education and training reform",
                    "Reforma educației și instruirii în domeniul apărării",
                    "Reform the military academy curricula with the Defence Education Enhancement Programme.",
                    "Reformarea curriculei academiei militare cu Programul de Consolidare a Educației în Apărare.",
                    List.of(new Goal("Curricula aligned with NATO standards",
                                    "Curricula aliniate la standardele NATO",
                                    "Courses revised", "Cursuri revizuite", "12", "courses"),
                            new Goal("Faculty development programme",
                                    "Programul de dezvoltare a cadrelor didactice",
                                    "Instructors trained", "Instructori instruiți", "50", "persons"))),
            new Seed("SCI", "MAEIE", List.of("MA", "STISC"), SourceInstrument.SPS, 3,
                    "Science and technology cooperation for security",
                    "Cooperarea în domeniul științei și tehnologiei pentru securitate",
                    "Engage Moldovan research institutions in the Science for Peace and Security programme.",
                    "Implicarea instituțiilor de cercetare din Moldova în programul Știință pentru Pace și Securitate.",
                    List.of(new Goal("SPS multi-year projects launched",
                                    "Proiecte SPS multianuale lansate",
                                    "Projects launched", "Proiecte lansate", "3", "projects"),
                            new Goal("Researchers in NATO science networks",
                                    "Cercetători în rețelele științifice NATO",
                                    "Researchers participating", "Cercetători participanți", "25", "persons"))));

}
