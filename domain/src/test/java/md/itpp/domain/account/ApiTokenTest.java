package md.itpp.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private static Account owner() {
        return new Account("focal.ma", "Focal point", "hash", Set.of(Role.CONSULTEE), null);
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsKept() {
        ApiToken.Issued issued = ApiToken.issue(owner(), " register sync ", NOW.plus(Duration.ofDays(30)), NOW);
        assertTrue(issued.secret().startsWith(ApiToken.SECRET_PREFIX));
        // 32 random bytes, base64url without padding: 43 characters after the prefix.
        assertEquals(ApiToken.SECRET_PREFIX.length() + 43, issued.secret().length());
        assertEquals("register sync", issued.token().getName());
        assertEquals(ApiToken.hash(issued.secret()), hashOf(issued.token()));
        assertNotEquals(issued.secret(), hashOf(issued.token()));
        assertTrue(issued.secret().startsWith(issued.token().getHint()));
        assertEquals(Optional.empty(), issued.token().refusal(NOW));
    }

    @Test
    void twoTokensNeverShareASecret() {
        assertNotEquals(ApiToken.issue(owner(), "a", NOW.plusSeconds(60), NOW).secret(),
                ApiToken.issue(owner(), "a", NOW.plusSeconds(60), NOW).secret());
    }

    @Test
    void expiredRevokedAndDisabledTokensAreRefused() {
        Account owner = owner();
        ApiToken token = ApiToken.issue(owner, "t", NOW.plus(Duration.ofDays(1)), NOW).token();
        assertEquals(Optional.of("expired"), token.refusal(NOW.plus(Duration.ofDays(1))));
        token.revoke(NOW.plusSeconds(10));
        token.revoke(NOW.plusSeconds(20));
        assertEquals(Optional.of(NOW.plusSeconds(10)), token.getRevokedAt());
        assertEquals(Optional.of("revoked"), token.refusal(NOW.plusSeconds(30)));

        ApiToken other = ApiToken.issue(owner, "u", NOW.plus(Duration.ofDays(1)), NOW).token();
        owner.deactivate(NOW);
        assertEquals(Optional.of("accountDisabled"), other.refusal(NOW.plusSeconds(1)));
    }

    @Test
    void badNamesAndExpiriesAreRefused() {
        Instant later = NOW.plus(Duration.ofDays(1));
        assertEquals(ValidationException.REQUIRED,
                assertThrows(ValidationException.class, () -> ApiToken.issue(owner(), "  ", later, NOW)).messageKey());
        assertEquals(ValidationException.TOO_LONG, assertThrows(ValidationException.class,
                () -> ApiToken.issue(owner(), "x".repeat(ApiToken.NAME_MAX + 1), later, NOW)).messageKey());
        assertEquals(ValidationException.CONTROL_CHARACTERS, assertThrows(ValidationException.class,
                () -> ApiToken.issue(owner(), "a\u0000b", later, NOW)).messageKey());
        for (Instant expiry : new Instant[] {null, NOW, NOW.minusSeconds(1), NOW.plus(ApiToken.MAX_LIFETIME).plusSeconds(1)}) {
            assertEquals(ApiToken.EXPIRY_INVALID, assertThrows(ValidationException.class,
                    () -> ApiToken.issue(owner(), "t", expiry, NOW)).messageKey());
        }
        ApiToken.issue(owner(), "t", NOW.plus(ApiToken.MAX_LIFETIME), NOW);
    }

    @Test
    void lastUseIsWorthWritingAtMostOncePerMinute() throws ReflectiveOperationException {
        ApiToken token = ApiToken.issue(owner(), "t", NOW.plus(Duration.ofDays(1)), NOW).token();
        assertTrue(token.useWorthRecording(NOW));
        var lastUsed = ApiToken.class.getDeclaredField("lastUsedAt");
        lastUsed.setAccessible(true);
        lastUsed.set(token, NOW);
        assertFalse(token.useWorthRecording(NOW.plusSeconds(59)));
        assertTrue(token.useWorthRecording(NOW.plusSeconds(60)));
    }

    private static String hashOf(ApiToken token) {
        try {
            var field = ApiToken.class.getDeclaredField("secretHash");
            field.setAccessible(true);
            return (String) field.get(token);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
