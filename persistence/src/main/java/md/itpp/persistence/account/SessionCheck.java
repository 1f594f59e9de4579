package md.itpp.persistence.account;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Whether the caller's session may go on, asked on every page request. The answer comes from
 * the database, not from a node's memory, so deactivating an account ends its sessions on every
 * node of a cluster at their next request. It is one row read through the user name's unique
 * index ({@link Accounts#callerAccount}), not the account entity with its roles and institution.
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
        CallerAccount account = accounts.callerAccount(username).orElse(null);
        if (account == null || !account.acceptsSessionFrom(signedInAt)) {
            return SessionStatus.ENDED;
        }
        return account.passwordChangeRequired() ? SessionStatus.PASSWORD_CHANGE_REQUIRED : SessionStatus.ACTIVE;
    }
}
