package md.itpp.persistence.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes new passwords with the parameters the identity store verifies them with. */
@Dependent
public class PasswordHasher {

    private final Pbkdf2PasswordHash hash;

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        this.hash.initialize(PasswordPolicy.hashParameters());
    }

    public String hash(String password) {
        PasswordPolicy.check(password);
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} is the one {@code storedHash} was made from. */
    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
