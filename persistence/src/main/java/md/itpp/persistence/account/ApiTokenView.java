package md.itpp.persistence.account;

import java.io.Serializable;
import java.time.Instant;

import md.itpp.domain.account.ApiToken;

/** One of the caller's tokens as the tokens page lists it; never the secret. */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, Instant lastUsedAt, boolean active) implements Serializable {

    static ApiTokenView of(ApiToken token, Instant now) {
        return new ApiTokenView(token.getId(), token.getName(), token.getHint(), token.getCreatedAt(),
                token.getExpiresAt(), token.getRevokedAt().orElse(null), token.getLastUsedAt().orElse(null),
                token.refusal(now).isEmpty());
    }
}
