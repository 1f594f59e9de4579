package md.itpp.persistence.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;
import md.itpp.domain.consultation.Participant;
import md.itpp.persistence.audit.RequestReads;

/**
 * Who is calling: the roles the container authenticated, and the account's institution.
 * Roles come from the container (the identity store read them at login), never from a
 * parameter a page could forge. Several services ask for one page: the roles are asked of the
 * container once per request ({@link RequestReads}: roles cannot change within a request, the
 * container set them before it reached the application), the account is one indexed row per request
 * until the request changes something ({@link Accounts#callerAccount}).
 */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private RequestReads requestReads;

    public Actor currentActor() {
        return currentParticipant().actor();
    }

    /** The caller with whether the account is its institution's focal point. */
    public Participant currentParticipant() {
        String username = context.getCallerPrincipal().getName();
        Optional<CallerAccount> account = accounts.callerAccount(username);
        return new Participant(new Actor(username, roles(username),
                account.map(CallerAccount::institutionId).orElse(null)),
                account.map(CallerAccount::focalPoint).orElse(false));
    }

    private Set<Role> roles(String username) {
        return requestReads.get("roles." + username, () -> Set.copyOf(askRoles()));
    }

    private Set<Role> askRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
