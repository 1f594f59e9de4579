package md.itpp.persistence.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.ApiToken;
import md.itpp.domain.account.ApiTokenNotFoundException;
import md.itpp.domain.account.Role;
import md.itpp.persistence.audit.AuditJson;
import md.itpp.persistence.audit.AuditTrail;

/**
 * Personal API tokens: every user issues, lists and revokes their own; the API's
 * authentication turns a presented secret into its owner's name and roles. Issuing, revoking
 * and every refused secret are audit events (never the secret itself).
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ApiTokenService {

    static final String AUDIT_TYPE = "ApiToken";

    /** Who a valid token acts as: its owner's name and roles, read from the account now. */
    public record TokenCaller(String username, Set<String> roles) implements Serializable {
    }

    /** A token just issued, with the secret shown this once. */
    public record IssuedToken(ApiTokenView token, String secret) implements Serializable {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    public IssuedToken issue(String name, Instant expiresAt) {
        Instant now = now();
        Account owner = ownAccount();
        ApiToken.Issued issued = ApiToken.issue(owner, name, expiresAt, now);
        em.persist(issued.token());
        em.flush();
        ApiToken token = issued.token();
        auditTrail.record(owner.getUsername(), "apiToken.issue", AUDIT_TYPE, token.getId(), null,
                AuditJson.object("name", token.getName(), "hint", token.getHint(), "expiresAt", token.getExpiresAt()));
        return new IssuedToken(ApiTokenView.of(token, now), issued.secret());
    }

    public List<ApiTokenView> mine() {
        Instant now = now();
        return em.createNamedQuery(ApiToken.FIND_BY_OWNER, ApiToken.class)
                .setParameter("username", callers.currentActor().username())
                .getResultStream()
                .map(token -> ApiTokenView.of(token, now))
                .toList();
    }

    /** @throws ApiTokenNotFoundException when the caller has no token with that id */
    public void revoke(long id) {
        String username = callers.currentActor().username();
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .filter(t -> t.getOwner().getUsername().equals(username))
                .orElseThrow(() -> new ApiTokenNotFoundException(id));
        if (token.getRevokedAt().isPresent()) {
            return;
        }
        token.revoke(now());
        auditTrail.record(username, "apiToken.revoke", AUDIT_TYPE, token.getId(), null,
                AuditJson.object("name", token.getName(), "hint", token.getHint()));
    }

    /**
     * The caller a presented secret acts as, or empty when it is unknown, expired, revoked or
     * its account is disabled (each refusal an audit event, with the reason).
     *
     * @param address where the request came from, for the audit event
     */
    @PermitAll
    public Optional<TokenCaller> authenticate(String secret, String address) {
        Instant now = now();
        Optional<ApiToken> found = secret == null || !secret.startsWith(ApiToken.SECRET_PREFIX)
                ? Optional.empty()
                : em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                        .setParameter("hash", ApiToken.hash(secret))
                        .getResultStream().findFirst();
        if (found.isEmpty()) {
            auditTrail.record("", "apiToken.refused", AUDIT_TYPE, null, null,
                    AuditJson.object("reason", "unknown", "address", address));
            return Optional.empty();
        }
        ApiToken token = found.get();
        Account owner = token.getOwner();
        Optional<String> refusal = token.refusal(now);
        if (refusal.isPresent()) {
            auditTrail.record(owner.getUsername(), "apiToken.refused", AUDIT_TYPE, token.getId(), null,
                    AuditJson.object("reason", refusal.get(), "address", address));
            return Optional.empty();
        }
        if (token.useWorthRecording(now)) {
            em.createNamedQuery(ApiToken.RECORD_USE).setParameter("id", token.getId()).setParameter("now", now)
                    .executeUpdate();
        }
        return Optional.of(new TokenCaller(owner.getUsername(),
                owner.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
    }

    private Account ownAccount() {
        String username = callers.currentActor().username();
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No account for the signed-in user " + username));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
