package md.itpp.persistence.account;

import java.io.Serializable;
import java.util.Set;

import md.itpp.domain.account.Role;

/**
 * What an administrator enters for an account.
 *
 * @param institutionId {@code null} for staff who speak for no institution
 * @param email         where reminders and task notices are mailed; blank for none
 * @param focalPoint    whether this consultee submits the institution's position
 */
public record AccountForm(String displayName, Set<Role> roles, Long institutionId, String email,
                          boolean focalPoint) implements Serializable {

    /** An account without an e-mail address that is no focal point. */
    public AccountForm(String displayName, Set<Role> roles, Long institutionId) {
        this(displayName, roles, institutionId, null, false);
    }
}
