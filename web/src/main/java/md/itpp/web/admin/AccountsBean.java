package md.itpp.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.account.Account;
import md.itpp.persistence.account.AccountService;
import md.itpp.web.i18n.EnumLabels;

/** Backs admin/accounts.xhtml: every account, read-only. */
@Named("accounts")
@RequestScoped
public class AccountsBean {

    @Inject
    private AccountService service;

    @Inject
    private EnumLabels labels;

    private List<Account> accounts;

    /** View action. */
    /** Read on first use in each request, so that a postback (the language switch) shows them too. */
    public List<Account> getAccounts() {
        if (accounts == null) {
            accounts = service.accounts();
        }
        return accounts;
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
}
