package md.itpp.web.security;

import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import md.itpp.domain.account.Role;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.web.Shared;

/**
 * The signed-in caller as the template needs it: name, what the menu may offer, and signing
 * out. The menu only hides what the caller could not open anyway: web.xml and the services'
 * {@code @RolesAllowed} are what actually refuse.
 * <p>
 * The menu asks about the caller's roles some twenty times per page; the container is asked
 * once per role and request, the first time ({@link #hasRole}).
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    /** Audit action of signing out. */
    public static final String LOGOUT = "session.logout";

    @Inject
    private FacesContext facesContext;

    @Inject
    @Shared
    private AuditTrail auditTrail;

    private Set<Role> roles;

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMIN);
    }

    /** Whether the caller drafts objectives: the editor's links are offered only then. */
    public boolean isNegotiator() {
        return hasRole(Role.NEGOTIATOR);
    }

    /** Whether the caller may read the audit trail: auditors and IT administrators. */
    public boolean isAuditReader() {
        return hasRole(Role.AUDITOR) || hasRole(Role.ADMIN);
    }

    /** Whether the caller may read objectives: every role except the IT administrator's. */
    public boolean isContentReader() {
        return hasRole(Role.NEGOTIATOR) || hasRole(Role.CONSULTEE) || hasRole(Role.REVIEWER)
                || hasRole(Role.APPROVER) || hasRole(Role.AUDITOR);
    }

    /** Whether the container holds the caller in that role (asked once per request). */
    public boolean hasRole(Role role) {
        if (roles == null) {
            HttpServletRequest request = request();
            Set<Role> held = EnumSet.noneOf(Role.class);
            for (Role candidate : Role.values()) {
                if (request.isUserInRole(candidate.name())) {
                    held.add(candidate);
                }
            }
            roles = held;
        }
        return roles.contains(role);
    }

    /**
     * Ends the session and shows the login page with a confirmation (in the same language: its
     * cookie outlives the session).
     */
    public void signOut() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        if (isSignedIn()) {
            auditTrail.record(getName(), LOGOUT, "Account", getName(), null, null);
        }
        try {
            request().logout();
        } catch (ServletException e) {
            // The session is invalidated below, which signs the caller out all the same.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath()
                + "/login.xhtml?signedOut=true");
        facesContext.responseComplete();
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }
}
