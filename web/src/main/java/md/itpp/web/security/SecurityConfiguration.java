package md.itpp.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import md.itpp.domain.account.Role;
import md.itpp.persistence.account.PasswordPolicy;

/**
 * Form login on a Faces page against the application's own account tables.
 * <p>
 * The login page calls {@code SecurityContext.authenticate} itself (see {@code LoginBean}) so
 * that it can renew the session id first: Payara keeps the pre-login id valid otherwise.
 * The error page is empty because the login page shows the failure in place. The login page
 * named here is never reached through the mechanism's own "login to continue" (which would keep
 * the request in a new session): {@link SignInRedirect} sends a caller who is not signed in
 * there first, with the page to go back to in the address.
 * <p>
 * Hash parameters come from {@link PasswordPolicy}, where the persistence module hashes new
 * passwords: a hash written with other parameters would still verify (each hash carries its
 * own), but the policy must be stated once.
 * <p>
 * The datasource is the one the persistence unit uses ({@code ApplicationDataSource}): named by
 * a deferred expression, because IT may name a server resource in the settings.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(
                loginPage = "/login.xhtml",
                errorPage = "",
                useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "#{applicationDataSource.jndiName}",
        callerQuery = "select password_hash from account where username = ? and enabled = true",
        groupsQuery = "select r.role_name from account_role r join account a on a.id = r.account_id"
                + " where a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordPolicy.ALGORITHM,
                PasswordPolicy.ITERATIONS,
                PasswordPolicy.SALT_SIZE,
                PasswordPolicy.KEY_SIZE
        })
@DeclareRoles({Role.Names.NEGOTIATOR, Role.Names.CONSULTEE, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.ADMIN, Role.Names.AUDITOR})
@ApplicationScoped
public class SecurityConfiguration {
}
