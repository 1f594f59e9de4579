package md.itpp.web.security;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import md.itpp.persistence.account.PasswordPolicy;

/**
 * Makes a failed login take as long whether or not the account exists. The identity store
 * computes PBKDF2 (about 120 ms at 600,000 iterations) only for an enabled account it found;
 * for any other name it answers in a few milliseconds, which would tell an attacker which names
 * are real. A failure that came back faster than a hash could have been computed is followed
 * by one verification against a dummy hash of the same parameters.
 */
@ApplicationScoped
public class TimingEqualizer {

    /** Well below one PBKDF2 verification at the policy's cost, well above a table lookup. */
    private static final long FAST_ANSWER_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void prepare() {
        hash.initialize(PasswordPolicy.hashParameters());
        dummyHash = hash.generate("not-a-password-of-anyone".toCharArray());
    }

    /** Pads the answer started at {@code startedNanos} (from {@link System#nanoTime()}) if it was fast. */
    public void pad(char[] password, long startedNanos) {
        if (System.nanoTime() - startedNanos < FAST_ANSWER_NANOS) {
            hash.verify(password == null ? new char[0] : password, dummyHash);
        }
    }
}
