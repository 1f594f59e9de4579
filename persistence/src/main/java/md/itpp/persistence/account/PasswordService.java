package md.itpp.persistence.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.persistence.audit.AuditTrail;

/** Every user's own password: changing it, which a reset by an administrator makes compulsory. */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class PasswordService {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private CallerService callers;

    @EJB
    private AuditTrail auditTrail;

    /**
     * @throws AccountException.WrongPassword when {@code current} is not the password
     * @throws WeakPasswordException, CommonPasswordException when the new one breaks the policy
     */
    public void changeOwnPassword(String current, String newPassword) {
        String username = callers.currentActor().username();
        Account account = accounts.findByUsername(username)
                .orElseThrow(AccountException.WrongPassword::new);
        if (!hasher.matches(current, account.getPasswordHash())) {
            throw new AccountException.WrongPassword();
        }
        account.passwordChangedByOwner(hasher.hash(newPassword));
        auditTrail.record(username, "account.passwordChange", AccountService.AUDIT_TYPE, account.getId(),
                null, null);
    }
}
