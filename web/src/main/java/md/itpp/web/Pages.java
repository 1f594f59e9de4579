package md.itpp.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The two answers every page gives the same way: "not found" for what is missing or not the
 * caller's to see, and post-redirect-get with the messages kept for the page after the redirect.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Answers 404. One answer for missing and forbidden, so that nobody can probe which ids
     * exist. Does nothing once a response has been completed (a redirect, an earlier 404).
     */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Pre-render check of a page that shows one thing: answers 404 when it was not loaded. A
     * malformed id fails conversion, Faces then skips the view action and would render an empty
     * page.
     */
    public static void requireLoaded(Object loaded) {
        if (loaded == null) {
            notFound();
        }
    }

    /**
     * The outcome of an action that redirects to {@code view} (a view id with its query, e.g.
     * {@code /objectives/detail?id=12}), keeping the messages added so far for the next page.
     */
    public static String redirect(String view) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return view + (view.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /**
     * Redirects at once from a view action (which has no outcome) to {@code view}, e.g.
     * {@code /objectives/detail.xhtml?id=12}, keeping the messages added so far.
     */
    public static void leaveTo(String view) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
