package md.itpp.domain.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import md.itpp.domain.ValidationException;
import md.itpp.domain.reference.Institution;

class AccountTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";
    private static final Institution MA = new Institution("MA", "MA", "Ministry of Defence",
            "Ministerul Apărării");

    @Test
    void aNewAccountIsEnabledAndSpeaksRomanian() {
        Account account = new Account("  ion.popescu ", "Ion Popescu", HASH,
                EnumSet.of(Role.CONSULTEE), MA);

        assertEquals("ion.popescu", account.getUsername());
        assertTrue(account.isEnabled());
        assertEquals("ro", account.getPreferredLanguage());
        assertEquals(new Locale("ro"), account.getPreferredLocale());
        assertTrue(account.hasRole(Role.CONSULTEE));
        assertFalse(account.hasRole(Role.NEGOTIATOR));
        assertEquals(MA, account.getInstitution());
        assertThrows(UnsupportedOperationException.class, () -> account.getRoles().add(Role.ADMIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "has space", "ion;drop", "ăăă"})
    void usernamesArePlainAndThreeToSixtyFourLong(String username) {
        assertThrows(ValidationException.class,
                () -> new Account(username, "Name", HASH, EnumSet.of(Role.AUDITOR), null));
    }

    @Test
    void aUsernameMayBeSixtyFourLong() {
        String longest = "a".repeat(Account.USERNAME_MAX);

        assertEquals(longest, new Account(longest, "Name", HASH, Set.of(Role.AUDITOR), null).getUsername());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new Account(longest + "a", "Name", HASH, Set.of(Role.AUDITOR), null));
        assertArrayEquals(new Object[] {"username", 3, 64}, refused.messageArguments());
    }

    @Test
    void anAccountNeedsARole() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new Account("nobody", "Nobody", HASH, Set.of(), null));

        assertEquals("error.account.roleRequired", refused.messageKey());
    }

    @Test
    void administratorsCannotAlsoReviewOrApprove() {
        for (Role decider : EnumSet.of(Role.REVIEWER, Role.APPROVER)) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> new Account("it.admin", "IT", HASH, EnumSet.of(Role.ADMIN, decider), null));
            assertEquals("error.account.adminCannotDecide", refused.messageKey());
        }
        Account admin = new Account("it.admin", "IT", HASH, EnumSet.of(Role.ADMIN, Role.AUDITOR), null);
        assertThrows(ValidationException.class, () -> admin.changeRoles(EnumSet.of(Role.ADMIN, Role.APPROVER)));
        assertEquals(EnumSet.of(Role.ADMIN, Role.AUDITOR), admin.getRoles());
    }

    @Test
    void rolesAreReplaced() {
        Account account = new Account("ana", "Ana", HASH, EnumSet.of(Role.NEGOTIATOR, Role.REVIEWER), null);

        account.changeRoles(EnumSet.of(Role.APPROVER, Role.REVIEWER));

        assertEquals(EnumSet.of(Role.APPROVER, Role.REVIEWER), account.getRoles());
    }

    @Test
    void disableEnableAndPassword() {
        Account account = new Account("ana", "Ana", HASH, EnumSet.of(Role.APPROVER), null);

        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());

        account.changePasswordHash("new-hash");
        assertEquals("new-hash", account.getPasswordHash());
        assertThrows(ValidationException.class, () -> account.changePasswordHash(" "));
        assertEquals("new-hash", account.getPasswordHash());
    }

    @Test
    void preferredLanguageIsEnglishOrRomanian() {
        Account account = new Account("ana", "Ana", HASH, EnumSet.of(Role.APPROVER), null);

        account.changePreferredLanguage("EN");
        assertEquals("en", account.getPreferredLanguage());
        assertThrows(ValidationException.class, () -> account.changePreferredLanguage("fr"));
        assertThrows(ValidationException.class, () -> account.changePreferredLanguage(null));
        assertEquals("en", account.getPreferredLanguage());
    }

    @Test
    void anActorIsTakenFromTheAccount() throws ReflectiveOperationException {
        Institution persisted = new Institution("MAI", "MAI", "Ministry of Internal Affairs",
                "Ministerul Afacerilor Interne");
        Field id = Institution.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(persisted, 7L);
        Account account = new Account("vlad", "Vlad", HASH, EnumSet.of(Role.CONSULTEE, Role.AUDITOR), persisted);

        Actor actor = Actor.of(account);

        assertEquals(new Actor("vlad", Set.of(Role.CONSULTEE, Role.AUDITOR), 7L), actor);
        assertNull(Actor.of(new Account("it.admin", "IT", HASH, Set.of(Role.ADMIN), null)).institutionId());
    }

    @Test
    void anActorKeepsItsOwnCopyOfTheRoles() {
        EnumSet<Role> roles = EnumSet.of(Role.NEGOTIATOR);
        Actor actor = new Actor("nina", roles, null);

        roles.add(Role.APPROVER);

        assertFalse(actor.hasRole(Role.APPROVER));
        assertTrue(actor.hasAnyRole(Set.of(Role.APPROVER, Role.NEGOTIATOR)));
        assertThrows(UnsupportedOperationException.class, () -> actor.roles().add(Role.ADMIN));
        assertThrows(IllegalArgumentException.class, () -> new Actor(" ", roles, null));
    }

    @Test
    void everyRoleHasItsNameAsAConstant() throws ReflectiveOperationException {
        assertEquals(Role.values().length, Role.Names.class.getDeclaredFields().length);
        for (Role role : Role.values()) {
            assertEquals(role.name(), Role.Names.class.getField(role.name()).get(null));
        }
    }

    @Test
    void theSessionRuleReadsTheSameOnTheEntityAndOnItsColumns() {
        Instant signedIn = Instant.parse("2026-12-01T09:00:00Z");
        Account account = new Account("ana", "Ana", HASH, EnumSet.of(Role.NEGOTIATOR), null);
        assertTrue(account.acceptsSessionFrom(signedIn));
        assertTrue(Account.acceptsSession(true, null, signedIn));

        account.endSessions(signedIn.plusSeconds(60));
        assertFalse(account.acceptsSessionFrom(signedIn));
        assertFalse(Account.acceptsSession(true, signedIn.plusSeconds(60), signedIn));
        // A session signed in after the sessions were ended goes on.
        assertTrue(account.acceptsSessionFrom(signedIn.plusSeconds(120)));
        assertTrue(Account.acceptsSession(true, signedIn.plusSeconds(60), signedIn.plusSeconds(120)));

        account.deactivate(signedIn.plusSeconds(180));
        assertFalse(account.acceptsSessionFrom(signedIn.plusSeconds(240)));
        assertFalse(Account.acceptsSession(false, null, signedIn.plusSeconds(240)));
    }
}
