package md.itpp.domain.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;

/** Reference data, people and objectives in a given status, built without a database. */
final class Fixtures {

    static final Programme PROGRAMME = new Programme("ITPP-MDA-2025",
            "Individually Tailored Partnership Programme Republic of Moldova - NATO 2025-2028",
            "Programul de Parteneriat Individual Adaptat Republica Moldova - NATO 2025-2028", 2025, 2028);
    static final CooperationArea CYBER = new CooperationArea(PROGRAMME, "CYB", "Cyber defence",
            "Apărare cibernetică", 1);
    static final Institution MAEIE = new Institution("MAEIE", "MAEIE",
            "Ministry of Foreign Affairs and European Integration",
            "Ministerul Afacerilor Externe și Integrării Europene");
    static final Institution MA = new Institution("MA", "MA", "Ministry of Defence", "Ministerul Apărării");
    static final Institution STISC = new Institution("STISC", "STISC",
            "Information Technology and Cyber Security Service",
            "Serviciul Tehnologia Informației și Securitate Cibernetică");

    static final Actor AUTHOR = actor("nina.negotiator", Role.NEGOTIATOR);
    static final Actor REVIEWER = actor("radu.reviewer", Role.REVIEWER);
    static final Actor APPROVER = actor("ana.approver", Role.APPROVER);

    static final String REASON = "The ministries agreed the wording in the 2024 IPAP review.";
    static final String DECISION_NUMBER = "HG nr. 123";
    static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 11);

    private Fixtures() {
    }

    static Actor actor(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Collections.addAll(set, roles);
        return new Actor(username, set, null);
    }

    static ObjectiveContent content() {
        return new ObjectiveContent("Strengthen national cyber defence",
                "Consolidarea apărării cibernetice naționale",
                "Develop the capabilities to protect critical information infrastructure.",
                "Dezvoltarea capabilităților de protecție a infrastructurii informaționale critice.",
                Language.EN, SourceInstrument.DCB, Priority.HIGH,
                "National budget and a NATO trust fund", "Staff turnover", "Cyber attacks since 2022");
    }

    /**
     * One save of the editor that changes the written content only, keeping institutions,
     * milestones and indicators: what the drafting service does when only text was typed.
     *
     * @return whether anything changed
     */
    static boolean edit(Objective objective, Actor editor, ObjectiveContent content) {
        return objective.edit(editor, content, objective.getLeadInstitution(),
                Set.copyOf(objective.getContributingInstitutions()), List.copyOf(objective.getMilestones()),
                List.copyOf(objective.getIndicators()));
    }

    static Objective strategic(Actor author) {
        return Objective.strategic(author, "SO-CYB-1", PROGRAMME, CYBER, MAEIE, content());
    }

    static Objective draft() {
        return strategic(AUTHOR);
    }

    /**
     * An objective brought to {@code status} along a path written out here, written by
     * {@code author}, signed off by {@link #REVIEWER} and approved by {@link #APPROVER}.
     */
    static Objective objectiveIn(ObjectiveStatus status, Actor author) {
        Objective objective = strategic(author);
        switch (status) {
            case DRAFT -> { }
            case IN_CONSULTATION -> objective.openConsultation(author);
            case IN_REVISION -> toRevision(objective, author);
            case SUBMITTED -> toSubmitted(objective, author);
            case REVIEWED -> toReviewed(objective, author);
            case RETURNED -> {
                toSubmitted(objective, author);
                objective.returnForRevision(REVIEWER, REASON);
            }
            case APPROVED -> toApproved(objective, author);
            case SENT_TO_NATO -> toSent(objective, author);
            case NATO_COMMENTS -> {
                toSent(objective, author);
                objective.recordNatoComments(author);
            }
            case AGREED -> toAgreed(objective, author);
            case ADOPTED -> {
                toAgreed(objective, author);
                objective.recordAdoption(author, DECISION_NUMBER, DECISION_DATE);
            }
            case WITHDRAWN -> objective.withdraw(author, REASON);
        }
        assertEquals(status, objective.getStatus(), "the fixture did not reach " + status);
        return objective;
    }

    static Objective objectiveIn(ObjectiveStatus status) {
        return objectiveIn(status, AUTHOR);
    }

    private static void toRevision(Objective objective, Actor author) {
        objective.openConsultation(author);
        objective.closeConsultation(author);
    }

    private static void toSubmitted(Objective objective, Actor author) {
        toRevision(objective, author);
        objective.submit(author, null);
    }

    private static void toReviewed(Objective objective, Actor author) {
        toSubmitted(objective, author);
        objective.signOff(REVIEWER);
    }

    private static void toApproved(Objective objective, Actor author) {
        toReviewed(objective, author);
        objective.approve(APPROVER);
    }

    private static void toSent(Objective objective, Actor author) {
        toApproved(objective, author);
        objective.sendToNato(author);
    }

    private static void toAgreed(Objective objective, Actor author) {
        toSent(objective, author);
        objective.agree(author);
    }

    /** Takes the action with whatever valid extra input it needs (reason, decision). */
    static void take(Objective objective, ObjectiveAction action, Actor actor) {
        switch (action) {
            case OPEN_CONSULTATION -> objective.openConsultation(actor);
            case CLOSE_CONSULTATION -> objective.closeConsultation(actor);
            case SUBMIT -> objective.submit(actor, REASON);
            case SIGN_OFF -> objective.signOff(actor);
            case RETURN_FOR_REVISION -> objective.returnForRevision(actor, REASON);
            case APPROVE -> objective.approve(actor);
            case SEND_TO_NATO -> objective.sendToNato(actor);
            case RECORD_NATO_COMMENTS -> objective.recordNatoComments(actor);
            case REVISE_AFTER_NATO -> objective.reviseAfterNato(actor, REASON);
            case AGREE -> objective.agree(actor);
            case RECORD_ADOPTION -> objective.recordAdoption(actor, DECISION_NUMBER, DECISION_DATE);
            case WITHDRAW -> objective.withdraw(actor, REASON);
        }
    }
}
