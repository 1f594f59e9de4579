package md.itpp.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.persistence.account.PasswordService;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs account/password.xhtml: the user's own new password, given with the current one. After
 * a reset by an administrator this is the only page the user can open (SessionGuardFilter).
 */
@Named("passwordChange")
@RequestScoped
public class PasswordChangeBean {

    @Inject
    @Shared
    private PasswordService service;

    private String current;
    private String newPassword;
    private String repeated;

    public String submit() {
        String given = current;
        String chosen = newPassword;
        current = null;
        newPassword = null;
        if (chosen == null || !chosen.equals(repeated)) {
            repeated = null;
            Messages.globalError("page.account.password.mismatch");
            return null;
        }
        repeated = null;
        try {
            service.changeOwnPassword(given, chosen);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
        Messages.globalInfo("page.account.password.changed");
        return Pages.redirect("/index");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
