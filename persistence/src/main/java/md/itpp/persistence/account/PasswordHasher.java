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
        if (password == null || password.length() < PasswordPolicy.MIN_LENGTH
                || password.length() > PasswordPolicy.MAX_LENGTH) {
            throw new WeakPasswordException(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }
}
