package md.itpp.persistence.account;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How passwords are hashed: PBKDF2-HMAC-SHA256 with the iteration count OWASP ASVS asks for.
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

    /** The parameters in the form {@code Pbkdf2PasswordHash.initialize} takes. */
    public static Map<String, String> hashParameters() {
        return Arrays.stream(new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    }
}
