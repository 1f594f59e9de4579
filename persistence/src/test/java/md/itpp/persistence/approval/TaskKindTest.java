package md.itpp.persistence.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

class TaskKindTest {

    private static Set<TaskKind> kindsOf(Role... roles) {
        Actor actor = new Actor("someone", Set.of(roles), null);
        Set<TaskKind> kinds = EnumSet.noneOf(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            if (kind.isFor(actor)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    @Test
    void eachRoleHasItsOwnKinds() {
        assertEquals(EnumSet.of(TaskKind.REVISE, TaskKind.NATO_STEP), kindsOf(Role.NEGOTIATOR));
        assertEquals(EnumSet.of(TaskKind.SIGN_OFF), kindsOf(Role.REVIEWER));
        assertEquals(EnumSet.of(TaskKind.APPROVE), kindsOf(Role.APPROVER));
        assertEquals(EnumSet.noneOf(TaskKind.class), kindsOf(Role.CONSULTEE));
        assertEquals(EnumSet.noneOf(TaskKind.class), kindsOf(Role.AUDITOR));
    }

    @Test
    void anAdministratorNeverSignsOffOrApproves() {
        assertEquals(EnumSet.noneOf(TaskKind.class), kindsOf(Role.ADMIN, Role.REVIEWER, Role.APPROVER));
        assertEquals(EnumSet.of(TaskKind.REVISE, TaskKind.NATO_STEP), kindsOf(Role.ADMIN, Role.NEGOTIATOR, Role.REVIEWER));
    }
}
