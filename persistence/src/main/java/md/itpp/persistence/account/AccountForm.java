package md.itpp.persistence.account;

import java.io.Serializable;
import java.util.Set;

import md.itpp.domain.account.Role;

/**
 * What an administrator enters for an account.
 *
 * @param institutionId {@code null} for staff who speak for no institution
 */
public record AccountForm(String displayName, Set<Role> roles, Long institutionId) implements Serializable {
}
