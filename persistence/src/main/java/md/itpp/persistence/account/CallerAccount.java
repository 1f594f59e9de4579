package md.itpp.persistence.account;

import java.time.Instant;

import md.itpp.domain.account.Account;

/**
 * What a signed-in caller's requests need of the account, read as one row
 * ({@link Account#CALLER_STATE}) instead of the entity with its roles and institution.
 */
public record CallerAccount(boolean enabled, Instant sessionsRevokedAt, boolean passwordChangeRequired,
                            Long institutionId, boolean focalPoint) {

    /** {@link Account#acceptsSessionFrom}, on this row. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return Account.acceptsSession(enabled, sessionsRevokedAt, signedInAt);
    }
}
