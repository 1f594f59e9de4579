package md.itpp.persistence.account;

import java.io.Serializable;

import md.itpp.domain.account.Role;

/**
 * What the accounts page asks for; every part may be {@code null} (no restriction).
 *
 * @param text          part of the username, the name or the e-mail address, in any case
 * @param role          accounts holding this role
 * @param institutionId accounts of this institution
 * @param enabled       active ({@code true}) or deactivated ({@code false}) accounts
 */
public record AccountFilter(String text, Role role, Long institutionId, Boolean enabled) implements Serializable {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null);
    }
}
