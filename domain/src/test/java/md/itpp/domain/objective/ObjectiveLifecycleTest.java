package md.itpp.domain.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/**
 * Every status, action and role against a table of expected outcomes written out by hand
 * from the lifecycle's specification, independent of {@link ObjectiveAction}'s own table:
 * a wrong entry there makes a case here fail.
 */
class ObjectiveLifecycleTest {

    /** Everything permitted, with the status it leads to. Anything else must be refused. */
    private static final List<String> PERMITTED = List.of(
            "DRAFT OPEN_CONSULTATION NEGOTIATOR -> IN_CONSULTATION",
            "IN_REVISION OPEN_CONSULTATION NEGOTIATOR -> IN_CONSULTATION",
            "IN_CONSULTATION CLOSE_CONSULTATION NEGOTIATOR -> IN_REVISION",
            "IN_REVISION SUBMIT NEGOTIATOR -> SUBMITTED",
            "RETURNED SUBMIT NEGOTIATOR -> SUBMITTED",
            "DRAFT SUBMIT NEGOTIATOR -> SUBMITTED",
            "SUBMITTED SIGN_OFF REVIEWER -> REVIEWED",
            "SUBMITTED RETURN_FOR_REVISION REVIEWER -> RETURNED",
            "SUBMITTED RETURN_FOR_REVISION APPROVER -> RETURNED",
            "REVIEWED RETURN_FOR_REVISION REVIEWER -> RETURNED",
            "REVIEWED RETURN_FOR_REVISION APPROVER -> RETURNED",
            "REVIEWED APPROVE APPROVER -> APPROVED",
            "APPROVED SEND_TO_NATO NEGOTIATOR -> SENT_TO_NATO",
            "SENT_TO_NATO RECORD_NATO_COMMENTS NEGOTIATOR -> NATO_COMMENTS",
            "NATO_COMMENTS REVISE_AFTER_NATO NEGOTIATOR -> IN_REVISION",
            "AGREED REVISE_AFTER_NATO NEGOTIATOR -> IN_REVISION",
            "SENT_TO_NATO AGREE NEGOTIATOR -> AGREED",
            "NATO_COMMENTS AGREE NEGOTIATOR -> AGREED",
            "AGREED RECORD_ADOPTION NEGOTIATOR -> ADOPTED",
            "DRAFT WITHDRAW NEGOTIATOR -> WITHDRAWN",
            "IN_REVISION WITHDRAW NEGOTIATOR -> WITHDRAWN",
            "RETURNED WITHDRAW NEGOTIATOR -> WITHDRAWN");

    private static final Map<String, ObjectiveStatus> EXPECTED = parse(PERMITTED);

    /** Someone who neither wrote, signed off nor approved the fixture's content. */
    private static Actor bystander(Role role) {
        return Fixtures.actor("someone.else", role);
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (ObjectiveStatus status : ObjectiveStatus.values()) {
            for (ObjectiveAction action : ObjectiveAction.values()) {
                for (Role role : Role.values()) {
                    all.add(Arguments.of(status, action, role));
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> everyStatusAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ObjectiveStatus status : ObjectiveStatus.values()) {
            for (Role role : Role.values()) {
                all.add(Arguments.of(status, role));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void outcomeOfEveryStatusActionAndRole(ObjectiveStatus from, ObjectiveAction action, Role role) {
        Objective objective = Fixtures.objectiveIn(from);
        ObjectiveStatus expected = EXPECTED.get(key(from, action, role));

        if (expected != null) {
            Fixtures.take(objective, action, bystander(role));
            assertEquals(expected, objective.getStatus());
        } else {
            TransitionNotAllowedException refused = assertThrows(TransitionNotAllowedException.class,
                    () -> Fixtures.take(objective, action, bystander(role)));
            assertEquals(action, refused.action());
            assertEquals(from, refused.status());
            assertEquals("error.transition.notAllowed", refused.messageKey());
            assertEquals(from, objective.getStatus(), "a refused action must change nothing");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusAndRole")
    void availableActionsAreThePermittedOnes(ObjectiveStatus status, Role role) {
        Set<ObjectiveAction> expected = EnumSet.noneOf(ObjectiveAction.class);
        for (ObjectiveAction action : ObjectiveAction.values()) {
            if (EXPECTED.containsKey(key(status, action, role))) {
                expected.add(action);
            }
        }

        assertEquals(expected, Fixtures.objectiveIn(status).availableActions(bystander(role)));
    }

    @Test
    void theExpectedTableHasNoDuplicates() {
        assertEquals(PERMITTED.size(), EXPECTED.size());
        assertEquals(22, EXPECTED.size());
    }

    @Test
    void contentIsEditableOnlyInDraftRevisionAndAfterReturn() {
        Set<ObjectiveStatus> editable = EnumSet.of(ObjectiveStatus.DRAFT, ObjectiveStatus.IN_REVISION,
                ObjectiveStatus.RETURNED);
        for (ObjectiveStatus status : ObjectiveStatus.values()) {
            assertEquals(editable.contains(status), Fixtures.objectiveIn(status).isEditable(), status.name());
        }
    }

    private static String key(ObjectiveStatus from, ObjectiveAction action, Role role) {
        return from + " " + action + " " + role;
    }

    private static Map<String, ObjectiveStatus> parse(List<String> lines) {
        Map<String, ObjectiveStatus> table = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 5 || !"->".equals(parts[3])) {
                throw new IllegalArgumentException("Not 'STATUS ACTION ROLE -> STATUS': " + line);
            }
            String key = key(ObjectiveStatus.valueOf(parts[0]), ObjectiveAction.valueOf(parts[1]),
                    Role.valueOf(parts[2]));
            table.put(key, ObjectiveStatus.valueOf(parts[4]));
        }
        return table;
    }
}
