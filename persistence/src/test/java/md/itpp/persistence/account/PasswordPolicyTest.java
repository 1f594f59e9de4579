package md.itpp.persistence.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theBundledListIsLoaded() {
        assertTrue(CommonPasswords.size() > 19_000, "size " + CommonPasswords.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password2025!", "123qwerty123", "qwertyqwerty",
            "abcabcabcabc", "111111111111", "iloveyou2025", "baseball1234", "1q2w3e4r5t6y"})
    void commonPasswordsAndTheirVariantsAreRefused(String password) {
        assertThrows(CommonPasswordException.class, () -> PasswordPolicy.check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"itpp-demo-2025", "first-admin-password-1", "Chisinau river at dawn",
            "correct horse battery staple"})
    void uncommonPasswordsOfTwelveOrMorePass(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password));
    }

    @Test
    void lengthIsTwelveToOneHundredTwentyEight() {
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("Xk9#mPq2Lw7"));
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk9#mPq2Lw7z"));
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("Xk9#mPq2Lw7z".repeat(11)));
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check(null));
        assertFalse(CommonPasswords.isCommon(null));
    }
}
