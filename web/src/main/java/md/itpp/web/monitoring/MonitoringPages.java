package md.itpp.web.monitoring;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.web.i18n.Messages;

/** What the monitoring pages share: answering "not found" and redirecting with messages. */
final class MonitoringPages {

    private MonitoringPages() {
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

    /** Post-redirect-get to a page, keeping the messages for the next request. */
    static String redirect(String outcome, long id, String infoKey, Object... arguments) {
        if (infoKey != null) {
            Messages.globalInfo(infoKey, arguments);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return outcome + "?faces-redirect=true&id=" + id;
    }

    /** A percentage to one decimal, or the "no data" text. */
    static String percent(Double value) {
        return value == null ? Messages.text("page.monitoring.noData")
                : java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
