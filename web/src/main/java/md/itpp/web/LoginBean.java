package md.itpp.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.PostLoginRedirectFilter;
import md.itpp.web.security.SessionGuardFilter;
import md.itpp.web.security.SessionToken;

/** Backs login.xhtml: signs the user in through the form mechanism of SecurityConfiguration. */
@Named("login")
@RequestScoped
public class LoginBean {

    /** Longer input is refused before it reaches PBKDF2, whose cost grows with it. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    @Inject
    private FacesContext facesContext;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleBean localeBean;

    private String username;
    private String password;
    private boolean signedOut;
    /** Set when the session guard ended the session (timeout, deactivation). */
    private boolean ended;
    private String language;

    /** View action: a signed-in user has nothing to do here; a signed-out one is told so. */
    public String onLoad() {
        if (language != null) {
            localeBean.switchTo(language);
        }
        if (request().getUserPrincipal() != null) {
            return "/index.xhtml?faces-redirect=true";
        }
        if (signedOut) {
            Messages.globalInfo("page.login.signedOut");
        }
        if (ended) {
            Messages.globalInfo("page.login.sessionEnded");
        }
        return null;
    }

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = request();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // Payara would keep the pre-login session id valid: renew it before it gains rights.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String given = password == null ? "" : password;
        password = null;
        if (username == null || given.length() > MAX_PASSWORD_LENGTH) {
            Messages.globalError("error.login.failed");
            return;
        }
        // Before authenticating: on success the mechanism commits its redirect at once, and a
        // cookie added after that would be lost. A failed login leaves a token nothing accepts.
        SessionToken.issue(request, response);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(given)))
                        .newAuthentication(false));
        if (status == AuthenticationStatus.SEND_CONTINUE || status == AuthenticationStatus.SUCCESS) {
            request.getSession().setAttribute(SessionGuardFilter.SIGNED_IN_AT, Instant.now());
        }
        switch (status) {
            case SEND_CONTINUE:
                // The mechanism has redirected to the page that asked for login.
                request.getSession().setAttribute(PostLoginRedirectFilter.PENDING, Boolean.TRUE);
                facesContext.responseComplete();
                break;
            case SUCCESS:
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
                facesContext.responseComplete();
                break;
            default:
                // Never say whether the user name or the password was wrong.
                Messages.globalError("error.login.failed");
                break;
        }
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
