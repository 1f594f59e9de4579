package md.itpp.web.consultation;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.web.i18n.Messages;

/** What the consultation pages share: answering "not found" and redirecting with messages. */
final class Pages {

    private Pages() {
    }

    /** One answer for missing and forbidden, so that nobody can probe which ids exist. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Post-redirect-get to the round, keeping the messages for the next request. */
    static String toRound(long id, String infoKey, Object... arguments) {
        if (infoKey != null) {
            Messages.globalInfo(infoKey, arguments);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/consultation/round?faces-redirect=true&id=" + id;
    }
}
