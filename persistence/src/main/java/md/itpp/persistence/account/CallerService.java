package md.itpp.persistence.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Actor;
import md.itpp.domain.account.Role;

/**
 * Who is calling: the roles the container authenticated, and the account's institution.
 * Roles come from the container (the identity store read them at login), never from a
 * parameter a page could forge.
 */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    public Actor currentActor() {
        String username = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        Long institutionId = accounts.findByUsername(username)
                .map(Account::getInstitution)
                .map(institution -> institution.getId())
                .orElse(null);
        return new Actor(username, roles, institutionId);
    }
}
