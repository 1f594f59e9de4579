package md.itpp.domain.consultation;

import java.io.Serializable;
import java.util.Objects;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/**
 * The caller as the consultation rules see it: the actor plus whether the account is its
 * institution's focal point, which {@link Actor} does not carry.
 */
public record Participant(Actor actor, boolean focalPoint) implements Serializable {

    public Participant {
        Objects.requireNonNull(actor, "actor");
    }

    public static Participant of(Account account) {
        return new Participant(Actor.of(account), account.isFocalPoint());
    }

    public String username() {
        return actor.username();
    }

    public Long institutionId() {
        return actor.institutionId();
    }

    public boolean isNegotiator() {
        return actor.hasRole(Role.NEGOTIATOR);
    }

    /** An expert or focal point of the institution. */
    public boolean consultsFor(Long institutionId) {
        return actor.hasRole(Role.CONSULTEE) && institutionId != null && institutionId.equals(actor.institutionId());
    }

    public boolean isFocalPointOf(Long institutionId) {
        return focalPoint && consultsFor(institutionId);
    }
}
