package md.itpp.persistence.approval;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/** What a task asks of the person it is assigned to. */
public enum TaskKind {
    /** Revise an objective a reviewer or approver returned (negotiators). */
    REVISE,
    /** Sign off, or return, an objective at a review step that names the reviewer. */
    SIGN_OFF,
    /** Approve, or return, an objective whose review steps are all signed off. */
    APPROVE,
    /** Send an approved objective to NATO, or answer NATO's comments on it (negotiators). */
    NATO_STEP;

    /**
     * Whether tasks of this kind can await the actor at all: the one rule for the inbox's lists
     * ({@link TaskService}) and the menu's counts ({@link md.itpp.persistence.menu.MenuService}).
     * An IT administrator is never a reviewer or approver of content.
     */
    public boolean isFor(Actor actor) {
        return switch (this) {
            case REVISE, NATO_STEP -> actor.hasRole(Role.NEGOTIATOR);
            case SIGN_OFF -> actor.hasRole(Role.REVIEWER) && !actor.hasRole(Role.ADMIN);
            case APPROVE -> actor.hasRole(Role.APPROVER) && !actor.hasRole(Role.ADMIN);
        };
    }
}
