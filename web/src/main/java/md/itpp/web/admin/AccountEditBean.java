package md.itpp.web.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.persistence.account.AccountException;
import md.itpp.persistence.account.AccountForm;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.ListAddress;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;
import md.itpp.web.objectives.ReferenceOption;

/**
 * Backs admin/account.xhtml: a new account (no id) or an existing one (?id=N): name, roles,
 * institution; deactivation and reactivation; a password reset. Every act goes through
 * {@link AccountService}, which checks the role again and writes the audit event.
 */
@Named("accountEdit")
@ViewScoped
public class AccountEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An encoded query string of the accounts list, and nothing longer than a search needs. */
    private static final Pattern LIST_QUERY = Pattern.compile("[A-Za-z0-9%=&._~+*-]{1,1000}");

    @Inject
    @Shared
    private AccountService service;

    @Inject
    @Shared
    private ReferenceService reference;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    /** An array: Faces converts each checked value to the component type, which a List hides. */
    private Role[] roles = new Role[0];
    private Long institutionId;
    private String email;
    private boolean focalPoint;
    private boolean enabled;
    private boolean passwordChangeRequired;
    private String password;
    private List<ReferenceOption> institutions = List.of();
    /** The query of the accounts list this page was opened from ({@code q=...&role=...}), if any. */
    private String back;

    /** View action. */
    public void load() {
        institutions = reference.institutions().stream().map(ReferenceOption::of).toList();
        if (id == null) {
            return;
        }
        try {
            show(service.getAccount(id));
        } catch (AccountException.NotFound e) {
            Pages.notFound();
        }
    }

    private void show(Account account) {
        id = account.getId();
        version = account.getVersion();
        username = account.getUsername();
        displayName = account.getDisplayName();
        roles = account.getRoles().stream().sorted().toArray(Role[]::new);
        institutionId = account.getInstitution() == null ? null : account.getInstitution().getId();
        email = account.getEmail();
        focalPoint = account.isFocalPoint();
        enabled = account.isEnabled();
        passwordChangeRequired = account.isPasswordChangeRequired();
    }

    public String save() {
        AccountForm form = new AccountForm(displayName, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
                institutionId, email, focalPoint);
        try {
            if (id == null) {
                String given = password;
                password = null;
                id = service.create(username, form, given);
                Messages.globalInfo("page.admin.account.created", username);
            } else {
                service.update(id, version, form);
                Messages.globalInfo("page.admin.account.saved", username);
            }
            show(service.getAccount(id));
        } catch (BusinessException e) {
            password = null;
            Messages.globalError(e);
        }
        return null;
    }

    public void deactivate() {
        act(() -> service.deactivate(id), "page.admin.account.deactivated");
    }

    public void activate() {
        act(() -> service.activate(id), "page.admin.account.activated");
    }

    public void resetPassword() {
        String given = password;
        password = null;
        act(() -> service.resetPassword(id, given), "page.admin.account.passwordReset");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.globalInfo(doneKey, username);
            show(service.getAccount(id));
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<ReferenceOption> getInstitutions() {
        return institutions;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isFocalPoint() {
        return focalPoint;
    }

    public void setFocalPoint(boolean focalPoint) {
        this.focalPoint = focalPoint;
    }

    /**
     * The accounts list the administrator came from, with its search and page: the list's own
     * query, which it reads and checks itself. Anything but the characters of an encoded query
     * is not followed, and the link leads to the whole list.
     */
    public String getBackUrl() {
        String list = ListAddress.of("/admin/accounts.xhtml", Map.of());
        return back != null && LIST_QUERY.matcher(back).matches() ? list + "?" + back : list;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
