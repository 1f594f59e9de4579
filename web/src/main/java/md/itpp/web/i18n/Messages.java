package md.itpp.web.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.MissingResourceException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import md.itpp.domain.BusinessException;
import md.itpp.persistence.text.ServerTexts;

/** Text from the application bundle in the language of the current view, and Faces messages built from it. */
public final class Messages {

    /** The bundle's base name, also registered in faces-config.xml as {@code msg}. */
    public static final String BUNDLE = "md.itpp.web.i18n.messages";

    /** The name pages use for the bundle. */
    public static final String VAR = "msg";

    /** Shown for an exception whose key has no text, rather than the raw key. */
    static final String FALLBACK_KEY = "error.unexpected";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return format(bundle(), key, arguments);
    }

    /** A global error message saying what the domain refused, in the reader's language. */
    public static void globalError(BusinessException exception) {
        add(FacesMessage.SEVERITY_ERROR, describe(bundle(), exception));
    }

    public static void globalError(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * An error message on one input (shown by its {@code p:message}) saying what the domain
     * refused. Summary and detail are the same text: messages show one or the other.
     */
    public static void fieldError(String clientId, BusinessException exception) {
        String text = describe(bundle(), exception);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void globalWarning(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public static void globalInfo(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * The exception's message from the bundle. Enum arguments become their labels, and
     * arguments naming a field (ValidationException's {@code titleEn}) become the field's
     * {@code label.<field>} when the bundle has one.
     */
    public static String describe(ResourceBundle bundle, BusinessException exception) {
        String key = bundle.containsKey(exception.messageKey()) ? exception.messageKey() : FALLBACK_KEY;
        Object[] arguments = Arrays.stream(exception.messageArguments())
                .map(argument -> translate(bundle, argument))
                .toArray();
        return format(bundle, key, arguments);
    }

    static Object translate(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> constant) {
            try {
                return ServerTexts.label(bundle.getLocale(), constant);
            } catch (MissingResourceException e) {
                return constant.name();
            }
        }
        if (argument instanceof String field && bundle.containsKey("label." + field)) {
            return bundle.getString("label." + field);
        }
        return argument;
    }

    /** Texts without arguments are used as written, as pages use them through {@code #{msg[...]}}. */
    static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, VAR);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
