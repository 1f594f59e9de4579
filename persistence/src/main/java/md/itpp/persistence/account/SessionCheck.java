package md.itpp.persistence.account;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import md.itpp.domain.account.Account;

/**
 * Whether the caller's session may go on, asked on every page request. The answer comes from
 * the database, not from a node's memory, so deactivating an account ends its sessions on every
 * node of a cluster at their next request.
 */
@Stateless
@PermitAll
public class SessionCheck {

    /** The name Payara gives a caller that has not signed in. */
    private static final String ANONYMOUS = "ANONYMOUS";

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    /**
     * @param signedInAt when the session signed in
     */
    public SessionStatus status(Instant signedInAt) {
        String username = context.getCallerPrincipal().getName();
        if (username == null || ANONYMOUS.equals(username)) {
            // Nothing to end: an anonymous caller reaches no protected service anyway.
            return SessionStatus.ACTIVE;
        }
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.acceptsSessionFrom(signedInAt)) {
            return SessionStatus.ENDED;
        }
        return account.isPasswordChangeRequired() ? SessionStatus.PASSWORD_CHANGE_REQUIRED : SessionStatus.ACTIVE;
    }
}
