package md.itpp.persistence.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

import md.itpp.domain.account.Role;

/**
 * The callers' roles as one request established them. The session check, the menu's counts and
 * the page's services each ask who the caller is; the container is asked for each of the six
 * roles once per user name and request, not once per service call. Roles cannot change within
 * a request: the container set them before the request reached the application. The account's
 * own state (enabled, institution, focal point) can change, by the request itself: it is kept
 * apart ({@link Accounts#callerAccount}, {@code RequestReads}), only until the request records
 * a change.
 */
@RequestScoped
public class CallerRoles {

    private final Map<String, Set<Role>> roles = new HashMap<>();

    /** The roles of that user name in this request, asked with {@code ask} the first time. */
    public Set<Role> of(String username, Supplier<Set<Role>> ask) {
        return roles.computeIfAbsent(username, name -> Set.copyOf(ask.get()));
    }
}
