package md.itpp.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP nonce of the response, for a hidden form field: PrimeFaces' script adds the
 * nonce to every post, so a client without JavaScript would post a form without it and be
 * refused with an error instead of getting the page's answer (e.g. the sign-in form's message).
 */
@Named("cspNonce")
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
