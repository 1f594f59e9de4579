package md.itpp.domain.account;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The caller of an operation, as the domain rules see it: who (for segregation of duties),
 * with which roles, and from which institution ({@code null} when the account has none).
 */
public record Actor(String username, Set<Role> roles, Long institutionId) implements Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("An actor needs a username");
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    public static Actor of(Account account) {
        return new Actor(account.getUsername(), account.getRoles(),
                account.getInstitution() == null ? null : account.getInstitution().getId());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether at least one of the roles is the actor's. */
    public boolean hasAnyRole(Set<Role> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    public boolean is(String otherUsername) {
        return username.equals(otherUsername);
    }
}
