package md.itpp.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import md.itpp.web.i18n.Messages;

/**
 * An ajax request on a view the server no longer has (the page stayed open past the session, or
 * the node that held it is gone) reloads the page the user was on, with a message saying that
 * the last action was not applied; without this the click silently does nothing. A full-page
 * post on an expired view keeps going to {@code errors/expired.xhtml} (web.xml).
 * <p>
 * The page is the one the browser named in {@code Referer}, if it is a page of this application
 * (path and query only: never a redirect elsewhere), else the view the request posted to.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    static final String MESSAGE_KEY = "error.viewExpiredReloaded";

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()
                    && !context.getExternalContext().isResponseCommitted()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (expired(events.next().getContext().getException())) {
                        events.remove();
                        reload(context);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void reload(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            Locale locale = context.getApplication().getViewHandler().calculateLocale(context);
            String text = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(MESSAGE_KEY);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(target(external));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        private static String target(ExternalContext external) {
            String contextPath = external.getRequestContextPath();
            String referer = external.getRequestHeaderMap().get("Referer");
            if (referer != null) {
                try {
                    URI uri = new URI(referer);
                    String path = uri.getRawPath();
                    if (path != null && path.startsWith(contextPath + "/") && !path.contains("..")) {
                        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                    }
                } catch (URISyntaxException ignored) {
                    // fall through to the posted view
                }
            }
            return contextPath + external.getRequestServletPath();
        }
    }
}
