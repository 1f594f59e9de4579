package md.itpp.domain.objective;

import static md.itpp.domain.account.Role.APPROVER;
import static md.itpp.domain.account.Role.NEGOTIATOR;
import static md.itpp.domain.account.Role.REVIEWER;
import static md.itpp.domain.objective.ObjectiveStatus.AGREED;
import static md.itpp.domain.objective.ObjectiveStatus.ADOPTED;
import static md.itpp.domain.objective.ObjectiveStatus.APPROVED;
import static md.itpp.domain.objective.ObjectiveStatus.DRAFT;
import static md.itpp.domain.objective.ObjectiveStatus.IN_CONSULTATION;
import static md.itpp.domain.objective.ObjectiveStatus.IN_REVISION;
import static md.itpp.domain.objective.ObjectiveStatus.NATO_COMMENTS;
import static md.itpp.domain.objective.ObjectiveStatus.RETURNED;
import static md.itpp.domain.objective.ObjectiveStatus.REVIEWED;
import static md.itpp.domain.objective.ObjectiveStatus.SENT_TO_NATO;
import static md.itpp.domain.objective.ObjectiveStatus.SUBMITTED;
import static md.itpp.domain.objective.ObjectiveStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/**
 * The lifecycle's transition table, in one place: for each action, the statuses it may start
 * from, the status it leads to, the roles that may take it, and the statuses from which it
 * needs a reason. Anything not listed is refused. Segregation of duties, which depends on who
 * wrote and who signed the objective, is checked by {@link Objective} on top of this table.
 */
public enum ObjectiveAction {

    OPEN_CONSULTATION(IN_CONSULTATION, EnumSet.of(DRAFT, IN_REVISION), EnumSet.of(NEGOTIATOR), none()),
    CLOSE_CONSULTATION(IN_REVISION, EnumSet.of(IN_CONSULTATION), EnumSet.of(NEGOTIATOR), none()),
    /** Skipping consultation (straight from draft) must be explained. */
    SUBMIT(SUBMITTED, EnumSet.of(DRAFT, IN_REVISION, RETURNED), EnumSet.of(NEGOTIATOR), EnumSet.of(DRAFT)),
    SIGN_OFF(REVIEWED, EnumSet.of(SUBMITTED), EnumSet.of(REVIEWER), none()),
    RETURN_FOR_REVISION(RETURNED, EnumSet.of(SUBMITTED, REVIEWED), EnumSet.of(REVIEWER, APPROVER),
            EnumSet.of(SUBMITTED, REVIEWED)),
    APPROVE(APPROVED, EnumSet.of(REVIEWED), EnumSet.of(APPROVER), none()),
    SEND_TO_NATO(SENT_TO_NATO, EnumSet.of(APPROVED), EnumSet.of(NEGOTIATOR), none()),
    RECORD_NATO_COMMENTS(NATO_COMMENTS, EnumSet.of(SENT_TO_NATO), EnumSet.of(NEGOTIATOR), none()),
    /**
     * Changing the text NATO commented on, or the agreed text, needs a new revision, sign-off
     * and approval. Reopening agreed text must be explained.
     */
    REVISE_AFTER_NATO(IN_REVISION, EnumSet.of(NATO_COMMENTS, AGREED), EnumSet.of(NEGOTIATOR), EnumSet.of(AGREED)),
    AGREE(AGREED, EnumSet.of(SENT_TO_NATO, NATO_COMMENTS), EnumSet.of(NEGOTIATOR), none()),
    /** Also needs the Government decision's number and date. */
    RECORD_ADOPTION(ADOPTED, EnumSet.of(AGREED), EnumSet.of(NEGOTIATOR), none()),
    WITHDRAW(WITHDRAWN, EnumSet.of(DRAFT, IN_REVISION, RETURNED), EnumSet.of(NEGOTIATOR),
            EnumSet.of(DRAFT, IN_REVISION, RETURNED));

    private final ObjectiveStatus target;
    private final Set<ObjectiveStatus> sources;
    private final Set<Role> roles;
    private final Set<ObjectiveStatus> reasonRequiredFrom;

    ObjectiveAction(ObjectiveStatus target, Set<ObjectiveStatus> sources, Set<Role> roles,
                    Set<ObjectiveStatus> reasonRequiredFrom) {
        this.target = target;
        this.sources = Collections.unmodifiableSet(sources);
        this.roles = Collections.unmodifiableSet(roles);
        this.reasonRequiredFrom = Collections.unmodifiableSet(reasonRequiredFrom);
    }

    private static Set<ObjectiveStatus> none() {
        return EnumSet.noneOf(ObjectiveStatus.class);
    }

    /** The status the objective has after the action. */
    public ObjectiveStatus target() {
        return target;
    }

    /** The statuses the action may start from; unmodifiable. */
    public Set<ObjectiveStatus> sources() {
        return sources;
    }

    /** The roles that may take the action (any one suffices); unmodifiable. */
    public Set<Role> roles() {
        return roles;
    }

    public boolean isAllowedFrom(ObjectiveStatus status) {
        return sources.contains(status);
    }

    /** Whether one of the actor's roles may take the action. */
    public boolean isPermittedTo(Actor actor) {
        return actor.hasAnyRole(roles);
    }

    /** Whether the actor may take the action from the status, as far as the table goes. */
    public boolean permits(ObjectiveStatus status, Actor actor) {
        return isAllowedFrom(status) && isPermittedTo(actor);
    }

    /** Whether taking the action from the status needs a non-blank reason. */
    public boolean requiresReason(ObjectiveStatus from) {
        return reasonRequiredFrom.contains(from);
    }
}
