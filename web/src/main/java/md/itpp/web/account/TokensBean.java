package md.itpp.web.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.persistence.account.ApiTokenService;
import md.itpp.persistence.account.ApiTokenView;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.Messages;

/**
 * Backs account/tokens.xhtml: the user's own API tokens. A new token's secret is shown in
 * the response to the request that made it, and never again (only its hash is kept).
 */
@Named("tokens")
@RequestScoped
public class TokensBean {

    static final int DEFAULT_DAYS = 90;

    @Inject
    @Shared
    private ApiTokenService service;

    private String name;
    private LocalDate expiresOn = LocalDate.now(Dates.ZONE).plusDays(DEFAULT_DAYS);
    private String secret;
    private List<ApiTokenView> tokens;

    /** Issues a token valid until the end of the chosen day, Chișinău time. */
    public String create() {
        try {
            ApiTokenService.IssuedToken issued = service.issue(name,
                    expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneId.of(Dates.ZONE.getId())).toInstant());
            secret = issued.secret();
            name = null;
            tokens = null;
            Messages.globalInfo("page.account.tokens.created", issued.token().name());
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
        return null;
    }

    public String revoke(long id) {
        try {
            service.revoke(id);
            tokens = null;
            Messages.globalInfo("page.account.tokens.revoked");
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
        return null;
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = service.mine();
        }
        return tokens;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public LocalDate getToday() {
        return LocalDate.now(Dates.ZONE);
    }
}
