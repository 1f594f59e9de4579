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
import md.itpp.web.security.SessionGuardFilter;
import md.itpp.web.security.SessionToken;
import md.itpp.web.security.SignInRedirect;

/**
 * Backs login.xhtml: signs the user in through the form mechanism of SecurityConfiguration, then
 * goes to the page that asked for sign-in ({@code next}, see {@link SignInRedirect}) or home.
 */
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
    /** The page to go to after signing in, as SignInRedirect named it; checked before use. */
    private String next;

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
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(given)))
                        .newAuthentication(false));
        switch (status) {
            case SUCCESS:
                // The session begins here (SignedInSession has put the caller in it): a failed
                // sign-in leaves none behind.
                request.getSession().setAttribute(SessionGuardFilter.SIGNED_IN_AT, Instant.now());
                SessionToken.issue(request, response);
                String target = SignInRedirect.localTarget(next);
                external.redirect(external.getRequestContextPath() + (target == null ? "/index.xhtml" : target));
                facesContext.responseComplete();
                break;
            case SEND_CONTINUE:
                // The mechanism has answered already.
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
