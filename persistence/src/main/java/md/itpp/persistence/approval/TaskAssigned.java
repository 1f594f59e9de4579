package md.itpp.persistence.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import md.itpp.domain.account.Role;

/**
 * CDI event: a task was assigned, fired by {@link ApprovalService} inside the transaction that
 * assigned it. Assignees are named people ({@link #usernames()}, e.g. the reviewers of the step
 * now due) or everyone holding one of {@link #roles()} (e.g. the approvers). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to notify only about what was
 * committed.
 *
 * @param step   the review step (from 0) for {@link TaskKind#SIGN_OFF}, otherwise {@code null}
 * @param dueAt  when the task is due, or {@code null}
 */
public record TaskAssigned(long objectiveId, String objectiveCode, TaskKind kind, Integer step,
                           String stepNameEn, String stepNameRo, Set<String> usernames, Set<Role> roles,
                           Instant dueAt) implements Serializable {

    public TaskAssigned {
        usernames = Set.copyOf(usernames);
        roles = Set.copyOf(roles);
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }
}
