package md.itpp.persistence.account;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a password must be (12 to 128 characters, not a common one: {@link #check}) and how it is
 * hashed: PBKDF2-HMAC-SHA256 with the iteration count OWASP ASVS asks for.
 * The identity store (web module) verifies with the same parameters; each stored hash also
 * carries its own iteration count, so raising it later keeps old hashes valid.
 */
public final class PasswordPolicy {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /**
     * Refuses a new password that is too short or too long, or common.
     *
     * @throws WeakPasswordException  outside {@value #MIN_LENGTH}-{@value #MAX_LENGTH} characters
     * @throws CommonPasswordException on the common list or a variant of an entry
     */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new WeakPasswordException(MIN_LENGTH, MAX_LENGTH);
        }
        if (CommonPasswords.isCommon(password)) {
            throw new CommonPasswordException();
        }
    }

    /** The parameters in the form {@code Pbkdf2PasswordHash.initialize} takes. */
    public static Map<String, String> hashParameters() {
        return Arrays.stream(new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    }
}
