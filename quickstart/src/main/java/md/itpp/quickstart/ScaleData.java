package md.itpp.quickstart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.account.PasswordHasher;
import md.itpp.persistence.objective.Objectives;

/**
 * A data set at ten times a real programme's scale, for trying lists, pages and exports at the
 * size where their cost shows: only when {@value #ENVIRONMENT}{@code =<n>} (or the system
 * property {@value #PROPERTY}) asks for it, and only once. It writes {@code ceil(n / 3)}
 * strategic objectives, each with two partnership goals (so at least {@code n} objectives),
 * spread evenly over the cooperation areas, with every lead institution and every status,
 * bilingual titles and texts, milestones, indicators and contributing institutions; then, in
 * proportion to {@code n / 5000}: accounts of every role (200 at 5,000, all with the demo
 * password), consultation rounds with comments, positions and dispositions (50 rounds, 50,000
 * comments; see {@link ScaleConsultation}) and a valid audit chain (200,000 events, or as many
 * as {@value #AUDIT_ENVIRONMENT} says; see {@link ScaleAudit}).
 * <p>
 * The content comes from a fixed seed: the same {@code n} gives the same objectives (only the
 * timestamps differ). Objectives are built and moved along the lifecycle with the domain's own
 * methods, as {@link DemoData} does, so every status is one the lifecycle can reach; each is
 * persisted once, in its final state, so each costs one insert plus its collections. The
 * persistence context is cleared after every hundred objectives and every round, so memory
 * stays flat.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ScaleData {

    public static final String ENVIRONMENT = "ITPP_DEMO_SCALE";
    public static final String PROPERTY = "itpp.demo.scale";

    /** Audit events asked for explicitly, e.g. a million to time the chain's verification. */
    public static final String AUDIT_ENVIRONMENT = "ITPP_DEMO_AUDIT_EVENTS";
    public static final String AUDIT_PROPERTY = "itpp.demo.audit.events";

    /** One transaction holds everything; beyond this the quick start is the wrong tool. */
    static final int MAX_OBJECTIVES = 100_000;
    static final int MAX_AUDIT_EVENTS = 5_000_000;
    /** Ten times a real programme: what the other figures are in proportion to. */
    static final int FULL_SCALE = 5_000;

    private static final Logger LOG = Logger.getLogger(ScaleData.class.getName());
    private static final long SEED = 2025_2028L;
    private static final int GOALS_PER_OBJECTIVE = 2;
    /** Strategic objectives (with their goals) between two flushes of the persistence context. */
    private static final int CHUNK = 100;
    private static final int JDBC_BATCH_SIZE = 100;

    private static final Actor NEGOTIATOR = new Actor("negotiator", Set.of(Role.NEGOTIATOR), null);
    private static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.REVIEWER), null);
    private static final Actor APPROVER = new Actor("approver", Set.of(Role.APPROVER), null);

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Objectives objectives;

    @PostConstruct
    void generate() {
        int requested = requested(System.getenv(ENVIRONMENT), System.getProperty(PROPERTY));
        if (requested <= 0) {
            return;
        }
        int strategic = strategicCount(requested);
        if (em.createNamedQuery(Objective.FIND_BY_CODE, Objective.class)
                .setParameter("code", "SO-CYB-2").getResultList().size() > 0) {
            LOG.info(() -> "Scale demo data already present; nothing generated");
            return;
        }
        Sizes sizes = Sizes.of(requested, auditEvents(System.getenv(AUDIT_ENVIRONMENT),
                System.getProperty(AUDIT_PROPERTY)));
        long started = System.nanoTime();
        // Only this session batches its inserts (milestones, indicators, contributors): the
        // persistence unit itself stays as production runs it.
        em.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        References references = references();
        SplittableRandom random = new SplittableRandom(SEED);
        Generated generated = new Generated();
        for (int i = 0; i < strategic; i++) {
            if (i > 0 && i % CHUNK == 0) {
                em.flush();
                em.clear();
                references = references();
            }
            generateOne(i, references, random, generated);
        }
        em.flush();
        em.clear();
        ScaleMonitoring.generate(em);
        long objectivesDone = System.nanoTime();

        references = references();
        List<String> usernames = new ArrayList<>();
        Map<Long, ScaleConsultation.InstitutionStaff> consultees = accounts(sizes.accounts(), references.institutions,
                usernames);
        em.flush();
        em.clear();
        long accountsDone = System.nanoTime();

        int comments = new ScaleConsultation(em, objectives).generate(NEGOTIATOR, generated.eligible,
                references().institutions, consultees, sizes.rounds(), sizes.comments(), random);
        long roundsDone = System.nanoTime();

        usernames.addAll(List.of("negotiator", "reviewer", "approver", "auditor", "admin", "focal.ma", "expert.ma"));
        int events = new ScaleAudit(em).generate(sizes.auditEvents(), usernames, generated.ids, random);
        em.clear();
        long auditDone = System.nanoTime();

        int total = generated.ids.size();
        LOG.info(() -> String.format("Scale demo data created: %d objectives (%d strategic, %d goals), %d accounts,"
                        + " %d consultation rounds with %d comments, %d audit events in %d ms"
                        + " (objectives %d ms, accounts %d ms, rounds %d ms, audit %d ms)",
                total, strategic, total - strategic, usernames.size() - 7, sizes.rounds(), comments, events,
                millis(started, auditDone), millis(started, objectivesDone), millis(objectivesDone, accountsDone),
                millis(accountsDone, roundsDone), millis(roundsDone, auditDone)));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Ids of what was generated, for the rounds and the audit events that follow. */
    private static final class Generated {
        private final List<Long> ids = new ArrayList<>();
        /** Objectives a consultation round may take: in draft or in revision. */
        private final List<Long> eligible = new ArrayList<>();
    }

    /**
     * How much of everything besides the objectives: at {@link #FULL_SCALE} objectives (ten times
     * a real programme) 200 accounts, 50 rounds with 50,000 comments and 200,000 audit events;
     * proportionally fewer (never none) for a smaller scale.
     */
    record Sizes(int accounts, int rounds, int comments, int auditEvents) {

        static Sizes of(int objectives, int auditEvents) {
            double share = (double) objectives / FULL_SCALE;
            return new Sizes(Math.max(40, (int) Math.round(200 * share)),
                    Math.max(2, (int) Math.round(50 * share)),
                    Math.max(100, (int) Math.round(50_000 * share)),
                    auditEvents >= 0 ? auditEvents : Math.max(1000, (int) Math.round(200_000 * share)));
        }
    }

    /** Audit events asked for explicitly (-1: in proportion to the objectives). */
    static int auditEvents(String environment, String property) {
        String value = environment != null && !environment.isBlank() ? environment : property;
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < 0 ? -1 : Math.min(n, MAX_AUDIT_EVENTS);
        } catch (NumberFormatException e) {
            LOG.warning(() -> AUDIT_ENVIRONMENT + " is not a number: " + value + "; ignored");
            return -1;
        }
    }

    /**
     * The accounts: negotiators, reviewers and approvers of the ministry, administrators and
     * auditors of no institution, and for every institution a focal point and experts, all with
     * the demo password. Returns each institution's consultees for the rounds.
     */
    private Map<Long, ScaleConsultation.InstitutionStaff> accounts(int count, List<Institution> institutions,
                                                                   List<String> usernames) {
        String hash = hasher.hash(DemoData.PASSWORD);
        Institution ministry = institutions.stream().filter(i -> "MAEIE".equals(i.getCode())).findFirst()
                .orElse(institutions.get(0));
        Map<Role, Integer> staff = staffCounts(count);
        for (Map.Entry<Role, Integer> entry : staff.entrySet()) {
            Role role = entry.getKey();
            boolean ofMinistry = role != Role.ADMIN && role != Role.AUDITOR;
            for (int n = 1; n <= entry.getValue(); n++) {
                String username = String.format("scale.%s.%03d", role.name().toLowerCase(java.util.Locale.ROOT), n);
                em.persist(new Account(username, String.format("%s %03d (%s)", ROLE_NAMES.get(role), n,
                        ofMinistry ? ministry.getAbbreviation() : "IT"), hash, EnumSet.of(role),
                        ofMinistry ? ministry : null));
                usernames.add(username);
            }
        }
        int consultees = count - staff.values().stream().mapToInt(Integer::intValue).sum();
        Map<Long, List<Participant>> experts = new LinkedHashMap<>();
        Map<Long, Participant> focalPoints = new LinkedHashMap<>();
        for (int n = 0; n < Math.max(consultees, 2 * institutions.size()); n++) {
            Institution institution = institutions.get(n % institutions.size());
            boolean focal = n < institutions.size();
            String code = institution.getCode().toLowerCase(java.util.Locale.ROOT);
            int number = n / institutions.size();
            String username = focal ? "scale." + code + ".focal" : String.format("scale.%s.expert.%02d", code, number);
            Account account = new Account(username, String.format("%s %s (%s)",
                    focal ? "Focal point" : "Expert", focal ? "" : String.format("%02d", number),
                    institution.getAbbreviation()).replace("  ", " "), hash, EnumSet.of(Role.CONSULTEE), institution);
            account.changeFocalPoint(focal);
            em.persist(account);
            usernames.add(username);
            Participant participant = Participant.of(account);
            if (focal) {
                focalPoints.put(institution.getId(), participant);
            } else {
                experts.computeIfAbsent(institution.getId(), id -> new ArrayList<>()).add(participant);
            }
        }
        Map<Long, ScaleConsultation.InstitutionStaff> byInstitution = new LinkedHashMap<>();
        focalPoints.forEach((id, focal) -> byInstitution.put(id,
                new ScaleConsultation.InstitutionStaff(focal, List.copyOf(experts.get(id)))));
        return byInstitution;
    }

    /** Staff accounts by role, in proportion to 200 accounts; the rest are consultees. */
    static Map<Role, Integer> staffCounts(int count) {
        Map<Role, Integer> staff = new EnumMap<>(Role.class);
        staff.put(Role.NEGOTIATOR, Math.max(1, count / 10));
        staff.put(Role.REVIEWER, Math.max(1, count / 10));
        staff.put(Role.APPROVER, Math.max(1, count / 25));
        staff.put(Role.ADMIN, Math.max(1, count / 33));
        staff.put(Role.AUDITOR, Math.max(1, count / 20));
        return staff;
    }

    private static final Map<Role, String> ROLE_NAMES = Map.of(Role.NEGOTIATOR, "Negotiator",
            Role.REVIEWER, "Reviewer", Role.APPROVER, "Approver", Role.ADMIN, "IT administrator",
            Role.AUDITOR, "Auditor", Role.CONSULTEE, "Consultee");

    /** A strategic objective and its goals; notes their ids in {@code generated}. */
    private void generateOne(int index, References references, SplittableRandom random, Generated generated) {
        CooperationArea area = references.areas.get(index % references.areas.size());
        Topic topic = pick(random, TOPICS.get(area.getCode()));
        int number = index / references.areas.size() + 2; // number 1 is DemoData's
        Institution lead = pick(random, references.institutions);
        List<Institution> contributors = contributors(random, references.institutions, lead);
        Aspect aspect = pick(random, ASPECTS);
        Region region = pick(random, REGIONS);
        int phase = 1 + random.nextInt(4);

        String titleEn = String.format("%s: %s (%s, phase %d)", topic.en, aspect.en, region.en, phase);
        String titleRo = String.format("%s: %s (%s, etapa %d)", topic.ro, aspect.ro, region.ro, phase);
        String textEn = String.format("%s in the area of %s, with a focus on %s in %s. Led by %s; "
                        + "phase %d of the programme 2025-2028.", topic.en, area.getNameEn().toLowerCase(),
                aspect.en, region.en, lead.getNameEn(), phase);
        String textRo = String.format("%s în domeniul %s, cu accent pe %s în %s. Coordonator: %s; "
                        + "etapa %d a programului 2025-2028.", topic.ro, area.getNameRo().toLowerCase(),
                aspect.ro, region.ro, lead.getNameRo(), phase);
        Objective strategic = Objective.strategic(NEGOTIATOR, "SO-" + area.getCode() + "-" + number,
                references.programme, area, lead, content(random, titleEn, titleRo, textEn, textRo));
        strategic.assignInstitutions(NEGOTIATOR, lead, contributors);
        strategic.replaceMilestones(NEGOTIATOR, milestones(random));
        strategic.replaceIndicators(NEGOTIATOR, indicators(random));

        List<Objective> goals = new ArrayList<>();
        for (int g = 1; g <= GOALS_PER_OBJECTIVE; g++) {
            Outcome outcome = pick(random, OUTCOMES);
            Institution goalLead = random.nextInt(3) == 0 ? pick(random, references.institutions) : lead;
            Objective goal = Objective.goal(NEGOTIATOR, "PG-" + area.getCode() + "-" + number + "." + g,
                    strategic, goalLead, content(random,
                            topic.en + ": " + outcome.en, topic.ro + ": " + outcome.ro,
                            outcome.en + " (" + region.en + ").", outcome.ro + " (" + region.ro + ")."));
            goal.assignInstitutions(NEGOTIATOR, goalLead, contributors(random, references.institutions, goalLead));
            goal.replaceMilestones(NEGOTIATOR, milestones(random));
            goal.replaceIndicators(NEGOTIATOR, indicators(random));
            goals.add(goal);
        }
        // Goals first: none may be created under a withdrawn objective.
        advance(strategic, status(random), random);
        for (Objective goal : goals) {
            advance(goal, status(random), random);
        }
        em.persist(strategic);
        goals.forEach(em::persist);
        // Each objective starts its history with revision 1, as if created in the editor.
        em.persist(new ObjectiveRevision(strategic, 0, RevisionKind.CREATED, NEGOTIATOR, null));
        goals.forEach(goal -> em.persist(new ObjectiveRevision(goal, 0, RevisionKind.CREATED, NEGOTIATOR, null)));
        for (Objective objective : concat(strategic, goals)) {
            generated.ids.add(objective.getId());
            if (ConsultationRound.eligible(objective)) {
                generated.eligible.add(objective.getId());
            }
        }
    }

    private static List<Objective> concat(Objective first, List<Objective> rest) {
        List<Objective> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Takes the objective along the lifecycle's shortest path to the status. */
    static void advance(Objective objective, ObjectiveStatus target, SplittableRandom random) {
        switch (target) {
            case DRAFT -> { }
            case WITHDRAWN -> objective.withdraw(NEGOTIATOR, "Merged into another objective");
            case IN_CONSULTATION -> objective.openConsultation(NEGOTIATOR);
            case IN_REVISION -> {
                advance(objective, ObjectiveStatus.IN_CONSULTATION, random);
                objective.closeConsultation(NEGOTIATOR);
            }
            case SUBMITTED -> {
                advance(objective, ObjectiveStatus.IN_REVISION, random);
                objective.submit(NEGOTIATOR, null);
            }
            case REVIEWED -> {
                advance(objective, ObjectiveStatus.SUBMITTED, random);
                objective.signOff(REVIEWER);
            }
            case RETURNED -> {
                advance(objective, ObjectiveStatus.SUBMITTED, random);
                objective.returnForRevision(REVIEWER, "Indicators need a baseline and a source");
            }
            case APPROVED -> {
                advance(objective, ObjectiveStatus.REVIEWED, random);
                objective.approve(APPROVER);
            }
            case SENT_TO_NATO -> {
                advance(objective, ObjectiveStatus.APPROVED, random);
                objective.sendToNato(NEGOTIATOR);
            }
            case NATO_COMMENTS -> {
                advance(objective, ObjectiveStatus.SENT_TO_NATO, random);
                objective.recordNatoComments(NEGOTIATOR);
            }
            case AGREED -> {
                advance(objective, ObjectiveStatus.SENT_TO_NATO, random);
                objective.agree(NEGOTIATOR);
            }
            case ADOPTED -> {
                advance(objective, ObjectiveStatus.AGREED, random);
                objective.recordAdoption(NEGOTIATOR, (100 + random.nextInt(900)) + "/2026",
                        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
            }
        }
    }

    /** How many objectives are asked for; 0 (nothing) when unset or not a positive number. */
    static int requested(String environment, String property) {
        String value = environment != null && !environment.isBlank() ? environment : property;
        if (value == null || value.isBlank()) {
            return 0;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> ENVIRONMENT + " is not a number: " + value + "; no scale data generated");
            return 0;
        }
        if (n > MAX_OBJECTIVES) {
            LOG.warning(() -> ENVIRONMENT + "=" + n + " is more than " + MAX_OBJECTIVES + "; generating "
                    + MAX_OBJECTIVES);
            return MAX_OBJECTIVES;
        }
        return Math.max(0, n);
    }

    /** Strategic objectives needed for at least {@code requested} objectives with their goals. */
    static int strategicCount(int requested) {
        return (requested + GOALS_PER_OBJECTIVE) / (GOALS_PER_OBJECTIVE + 1);
    }

    private References references() {
        Programme programme = em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", "ITPP-MDA-2025").getSingleResult();
        List<CooperationArea> areas = em.createNamedQuery(CooperationArea.FIND_ALL, CooperationArea.class)
                .getResultList();
        List<Institution> institutions = em.createNamedQuery(Institution.FIND_ALL, Institution.class)
                .getResultList();
        return new References(programme, areas, institutions);
    }

    private record References(Programme programme, List<CooperationArea> areas, List<Institution> institutions) {
    }

    private static ObjectiveContent content(SplittableRandom random, String titleEn, String titleRo,
                                            String textEn, String textRo) {
        return new ObjectiveContent(titleEn, titleRo, textEn, textRo,
                random.nextInt(4) == 0 ? Language.EN : Language.RO,
                pick(random, SourceInstrument.values()), pick(random, Priority.values()),
                pick(random, RESOURCES), pick(random, RISKS),
                "Builds on the IPAP 2017-2024 and the National Security Strategy");
    }

    private static List<Institution> contributors(SplittableRandom random, List<Institution> all, Institution lead) {
        List<Institution> others = new ArrayList<>(all);
        others.remove(lead);
        List<Institution> chosen = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            chosen.add(others.remove(random.nextInt(others.size())));
        }
        return chosen;
    }

    private static List<Milestone> milestones(SplittableRandom random) {
        List<Milestone> milestones = new ArrayList<>();
        for (int year = 2025; year <= 2028; year++) {
            if (year == 2025 || random.nextInt(3) > 0) {
                String[] step = pick(random, MILESTONES);
                milestones.add(new Milestone(year, step[0], step[1]));
            }
        }
        return milestones;
    }

    private static List<Indicator> indicators(SplittableRandom random) {
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            String[] measure = pick(random, INDICATORS);
            String[] means = pick(random, VERIFICATION);
            indicators.add(new Indicator(measure[0], measure[1], "0",
                    String.valueOf(1 + random.nextInt(Integer.parseInt(measure[3]))), measure[2], measure[4],
                    means[0], means[1]));
        }
        return indicators;
    }

    /** Every status, weighted roughly as a programme in its second year would show them. */
    private static ObjectiveStatus status(SplittableRandom random) {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Map.Entry<ObjectiveStatus, Integer> weight : WEIGHTS.entrySet()) {
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        return ObjectiveStatus.DRAFT;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static final Map<ObjectiveStatus, Integer> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(ObjectiveStatus.DRAFT, 25), Map.entry(ObjectiveStatus.IN_CONSULTATION, 12),
            Map.entry(ObjectiveStatus.IN_REVISION, 10), Map.entry(ObjectiveStatus.SUBMITTED, 8),
            Map.entry(ObjectiveStatus.REVIEWED, 6), Map.entry(ObjectiveStatus.RETURNED, 5),
            Map.entry(ObjectiveStatus.APPROVED, 8), Map.entry(ObjectiveStatus.SENT_TO_NATO, 6),
            Map.entry(ObjectiveStatus.NATO_COMMENTS, 4), Map.entry(ObjectiveStatus.AGREED, 5),
            Map.entry(ObjectiveStatus.ADOPTED, 6), Map.entry(ObjectiveStatus.WITHDRAWN, 5)));
    private static final int TOTAL_WEIGHT = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();

    private record Topic(String en, String ro) {
    }

    private record Aspect(String en, String ro) {
    }

    private record Region(String en, String ro) {
    }

    private record Outcome(String en, String ro) {
    }

    private static Topic t(String en, String ro) {
        return new Topic(en, ro);
    }

    /** Three or four subjects per cooperation area, by area code (see V2__reference_data.sql). */
    private static final Map<String, List<Topic>> TOPICS = Map.ofEntries(
            Map.entry("CYB", List.of(t("National cyber incident response", "Răspunsul național la incidente cibernetice"),
                    t("Protection of critical information infrastructure", "Protecția infrastructurii informaționale critice"),
                    t("Cyber defence of the National Army", "Apărarea cibernetică a Armatei Naționale"),
                    t("Security of government networks", "Securitatea rețelelor guvernamentale"))),
            Map.entry("DIS", List.of(t("Strategic communication capacity", "Capacitatea de comunicare strategică"),
                    t("Detection of foreign information manipulation", "Detectarea manipulării informaționale externe"),
                    t("Media literacy", "Educația mediatică"))),
            Map.entry("CLI", List.of(t("Climate security risk assessment", "Evaluarea riscurilor climatice de securitate"),
                    t("Flood and drought early warning", "Avertizarea timpurie privind inundațiile și seceta"),
                    t("Energy efficiency of defence facilities", "Eficiența energetică a infrastructurii de apărare"))),
            Map.entry("RES", List.of(t("Continuity of government", "Continuitatea guvernării"),
                    t("Resilience of energy supply", "Reziliența aprovizionării cu energie"),
                    t("Civil preparedness of communities", "Pregătirea civilă a comunităților"),
                    t("Medical response to mass casualties", "Răspunsul medical la victime multiple"))),
            Map.entry("SSR", List.of(t("Defence planning", "Planificarea apărării"),
                    t("Democratic oversight of the security sector", "Controlul democratic al sectorului de securitate"),
                    t("Defence procurement", "Achizițiile în domeniul apărării"))),
            Map.entry("INT", List.of(t("Interoperability of army units", "Interoperabilitatea unităților militare"),
                    t("English language proficiency", "Cunoașterea limbii engleze"),
                    t("Logistics and host nation support", "Logistica și sprijinul națiunii-gazdă"),
                    t("Command and control systems", "Sistemele de comandă și control"))),
            Map.entry("BI", List.of(t("Integrity in defence procurement", "Integritatea în achizițiile de apărare"),
                    t("Integrity in human resources management", "Integritatea în gestionarea resurselor umane"),
                    t("Internal audit and control", "Auditul și controlul intern"))),
            Map.entry("CRM", List.of(t("National crisis management system", "Sistemul național de gestionare a crizelor"),
                    t("Emergency assistance coordination", "Coordonarea asistenței în situații de urgență"),
                    t("Search and rescue capacity", "Capacitatea de căutare și salvare"))),
            Map.entry("HYB", List.of(t("Hybrid threat assessment", "Evaluarea amenințărilor hibride"),
                    t("Inter-agency hybrid response", "Răspunsul interinstituțional la amenințări hibride"),
                    t("Protection of electoral processes", "Protecția proceselor electorale"))),
            Map.entry("EDU", List.of(t("Military academy curricula", "Curricula academiei militare"),
                    t("Professional military education", "Educația militară profesională"),
                    t("Non-commissioned officer training", "Instruirea subofițerilor"))),
            Map.entry("SCI", List.of(t("Science for Peace and Security projects", "Proiectele Știință pentru Pace și Securitate"),
                    t("Research on security technologies", "Cercetarea tehnologiilor de securitate"),
                    t("Participation in NATO science networks", "Participarea la rețelele științifice NATO"))));

    private static final List<Aspect> ASPECTS = List.of(
            new Aspect("legal framework", "cadrul legal"),
            new Aspect("training and education", "instruire și educație"),
            new Aspect("equipment and infrastructure", "echipamente și infrastructură"),
            new Aspect("inter-agency coordination", "coordonare interinstituțională"),
            new Aspect("international cooperation", "cooperare internațională"),
            new Aspect("planning and budgeting", "planificare și bugetare"),
            new Aspect("monitoring and evaluation", "monitorizare și evaluare"),
            new Aspect("human resources", "resurse umane"));

    private static final List<Region> REGIONS = List.of(
            new Region("Chișinău", "Chișinău"), new Region("Bălți", "Bălți"),
            new Region("the northern districts", "raioanele de nord"),
            new Region("the central districts", "raioanele de centru"),
            new Region("the southern districts", "raioanele de sud"),
            new Region("Gagauzia", "Găgăuzia"), new Region("the whole country", "întreaga țară"));

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("needs assessment completed", "evaluarea necesităților finalizată"),
            new Outcome("staff trained and certified", "personal instruit și certificat"),
            new Outcome("procedures adopted", "proceduri adoptate"),
            new Outcome("equipment delivered and in service", "echipamente livrate și puse în funcțiune"),
            new Outcome("joint exercise held with NATO partners", "exercițiu comun desfășurat cu partenerii NATO"),
            new Outcome("legislation harmonised with EU and NATO standards",
                    "legislație armonizată cu standardele UE și NATO"),
            new Outcome("information system operational", "sistem informațional operațional"),
            new Outcome("annual progress report published", "raport anual de progres publicat"));

    private static final List<String[]> MILESTONES = List.of(
            new String[] {"Baseline assessment completed", "Evaluarea de referință finalizată"},
            new String[] {"Action plan approved", "Planul de acțiuni aprobat"},
            new String[] {"Legal and procedural framework adopted", "Cadrul legal și procedural adoptat"},
            new String[] {"First staff trained", "Primul personal instruit"},
            new String[] {"Pilot completed and evaluated", "Proiectul-pilot finalizat și evaluat"},
            new String[] {"Capability operational", "Capacitate operațională"});

    /** Name in English, in Romanian, unit, largest target. */
    private static final List<String[]> INDICATORS = List.of(
            new String[] {"Persons trained", "Persoane instruite", "persons", "400", "persoane"},
            new String[] {"Procedures adopted", "Proceduri adoptate", "procedures", "12", "proceduri"},
            new String[] {"Exercises held", "Exerciții desfășurate", "exercises", "6", "exerciții"},
            new String[] {"Institutions covered", "Instituții acoperite", "institutions", "14", "instituții"},
            new String[] {"Share of the action plan implemented", "Ponderea planului de acțiuni implementat", "%", "100", "%"});

    private static final List<String[]> VERIFICATION = List.of(
            new String[] {"Annual report of the lead institution", "Raportul anual al instituției responsabile"},
            new String[] {"Government monitoring report", "Raportul de monitorizare al Guvernului"},
            new String[] {"NATO assessment under PARP", "Evaluarea NATO în cadrul PARP"},
            new String[] {"Audit report of the Court of Accounts", "Raportul de audit al Curții de Conturi"});

    private static final List<String> RESOURCES = List.of(
            "National budget", "National budget and NATO trust fund support",
            "Defence Capacity Building package", "Bilateral assistance of Allies");

    private static final List<String> RISKS = List.of(
            "Staff turnover", "Delays in adopting secondary legislation",
            "Insufficient budget allocations", "Dependence on external funding");
}
