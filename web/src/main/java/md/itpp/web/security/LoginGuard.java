package md.itpp.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

import md.itpp.persistence.account.SignInThrottle;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.web.operations.WorkbenchMetrics;

/**
 * Every password check passes here: failures are counted and lock further attempts for a
 * while ({@link SignInThrottle}, counted in the database for every node), and every outcome is an audit event.
 * <p>
 * Nothing here tells a caller more than "wrong": a locked attempt is still checked against the
 * store (so it costs what any attempt costs) and then refused the same way; and a check that
 * came back fast, which happens when the user name is unknown or disabled and no hash was
 * computed, is padded with a PBKDF2 computation of the same cost ({@link TimingEqualizer}).
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class LoginGuard implements IdentityStoreHandler {

    /** Audit actions of sign-in. */
    public static final String LOGIN_SUCCESS = "login.success";
    public static final String LOGIN_FAILURE = "login.failure";
    public static final String LOGIN_LOCKED = "login.locked";

    @Inject
    @Delegate
    @Any
    private IdentityStoreHandler delegate;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private TimingEqualizer timing;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private HttpServletRequest request;

    @Inject
    private WorkbenchMetrics metrics;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return delegate.validate(credential);
        }
        String username = password.getCaller();
        String address = request.getRemoteAddr();
        boolean locked = throttle.isLocked(username, address);
        long started = System.nanoTime();
        CredentialValidationResult result = delegate.validate(credential);
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        if (!valid) {
            timing.pad(password.getPassword().getValue(), started);
        }
        String detail = AuditJson.object("address", address);
        if (locked) {
            throttle.failed(username, address);
            auditTrail.record(username, LOGIN_LOCKED, "Account", username, null, detail);
            metrics.signInLocked();
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (valid) {
            throttle.succeeded(username, address);
            auditTrail.record(result.getCallerPrincipal().getName(), LOGIN_SUCCESS, "Account",
                    result.getCallerPrincipal().getName(), null, detail);
            metrics.signedIn();
            return result;
        }
        throttle.failed(username, address);
        auditTrail.record(username, LOGIN_FAILURE, "Account", username, null, detail);
        metrics.signInFailed();
        return result;
    }
}
