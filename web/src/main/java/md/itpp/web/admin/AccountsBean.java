package md.itpp.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.persistence.account.AccountFilter;
import md.itpp.persistence.account.AccountService;
import md.itpp.web.ListAddress;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.Messages;
import md.itpp.web.objectives.ReferenceOption;
import md.itpp.web.objectives.ReferenceOptions;

/**
 * Backs admin/accounts.xhtml, a page read with GET: the search text, the role, the institution,
 * active or deactivated, and the page are in the address
 * ({@code ?q=popescu&role=REVIEWER&institution=3&status=disabled&page=2}), so IT can find one
 * account among hundreds, bookmark a list ("every deactivated reviewer") and go back to it.
 * A parameter that is not understood is left out with a message, never an error page.
 */
@Named("accounts")
@RequestScoped
public class AccountsBean {

    static final int PAGE_SIZE = 50;
    /** The longest search text taken (the field's maxlength); a longer one from a hand-made address is cut. */
    static final int TEXT_MAX = 200;

    @Inject
    @Shared
    private AccountService service;

    @Inject
    private ReferenceOptions references;

    @Inject
    private EnumLabels labels;

    // The address's parameters as given, set by the page's f:viewParam.
    private String q;
    private String role;
    private String institution;
    private String status;
    private String page;

    private AccountFilter filter = AccountFilter.none();
    private Pager pager = Pager.of(1, PAGE_SIZE, 0);
    private List<Account> accounts = List.of();

    /** View action: reads the parameters, then one page of accounts and their count, once per request. */
    public void load() {
        boolean understood = true;
        String text = ListAddress.text(q, TEXT_MAX);
        Role roleAsked = ListAddress.constant(Role.class, role);
        understood &= roleAsked != null || ListAddress.blank(role);
        Long institutionId = parseInstitution(institution);
        understood &= institutionId != null || ListAddress.blank(institution);
        Boolean enabled = "active".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
        understood &= enabled != null || ListAddress.blank(status);
        filter = new AccountFilter(text, roleAsked, institutionId, enabled);

        Integer asked = ListAddress.page(page);
        understood &= asked != null;
        pager = Pager.of(asked == null ? 1 : asked, PAGE_SIZE, service.count(filter));
        accounts = pager.getTotal() == 0 ? List.of() : service.find(filter, pager.getOffset(), PAGE_SIZE);
        if (!understood) {
            Messages.globalWarning("page.admin.accounts.notUnderstood");
        }
    }

    private Long parseInstitution(String value) {
        return ListAddress.knownId(value, references.institutions().stream().map(ReferenceOption::id).toList());
    }

    /** The same list at another page. */
    public String pageUrl(int number) {
        return ListAddress.of("/admin/accounts.xhtml", listParameters(number));
    }

    /** An account's page, which links back to this list with its search and page. */
    public String editUrl(Account account) {
        String back = ListAddress.query(listParameters(pager.getPage()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", account.getId());
        parameters.put("back", back.isEmpty() ? null : back);
        return ListAddress.of("/admin/account.xhtml", parameters);
    }

    /** This list's search at page {@code number}, as its address holds it. */
    private Map<String, Object> listParameters(int number) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", filter.text());
        parameters.put("role", filter.role() == null ? null : filter.role().name());
        parameters.put("institution", filter.institutionId());
        parameters.put("status", getStatus());
        parameters.put("page", number > 1 ? number : null);
        return parameters;
    }

    // What the page shows.

    /** The page's accounts, by username. */
    public List<Account> getAccounts() {
        return accounts;
    }

    /** Where the page stands: "Accounts 51-100 of 212", previous and next. */
    public Pager getPager() {
        return pager;
    }

    /** The filter as understood, for the search form. */
    public AccountFilter getFilter() {
        return filter;
    }

    /** {@code active}, {@code disabled} or null: the status choice as understood. */
    public String getStatus() {
        return filter.enabled() == null ? null : filter.enabled() ? "active" : "disabled";
    }

    /** Whether any filter is set: the empty list then says that nothing matched, not that there are no accounts. */
    public boolean isFiltered() {
        return filter.text() != null || filter.role() != null || filter.institutionId() != null || filter.enabled() != null;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<ReferenceOption> getInstitutions() {
        return references.institutions();
    }

    /** The account's roles, translated, in the order the Role enum declares them. */
    public String roles(Account account) {
        return account.getRoles().stream()
                .sorted()
                .map(labels::of)
                .collect(Collectors.joining(", "));
    }

    public String institution(Account account, Locale locale) {
        return account.getInstitution() == null ? "" : account.getInstitution().name(locale);
    }

    // The address's parameters (f:viewParam).

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
