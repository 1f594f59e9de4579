package md.itpp.web.i18n;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The language the user reads the application in, for the whole session. Starts from the
 * browser's preference when it is a supported language; the supported ones and the default
 * are those of faces-config.xml.
 */
@Named("localeBean")
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.ENGLISH;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        List<Locale> supported = supported(context.getApplication());
        locale = supported.isEmpty() ? Locale.ENGLISH : supported.get(0);
        Iterator<Locale> preferred = context.getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            Optional<Locale> match = match(preferred.next(), supported);
            if (match.isPresent()) {
                locale = match.get();
                return;
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** The language code, as the {@code lang} attribute and the services want it. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches to a supported language; anything else is ignored. */
    public void switchTo(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        match(Locale.forLanguageTag(languageTag), supported(context.getApplication()))
                .ifPresent(l -> {
                    locale = l;
                    if (context.getViewRoot() != null) {
                        context.getViewRoot().setLocale(l);
                    }
                });
    }

    /** Default first, then the others in the order faces-config.xml lists them. */
    static List<Locale> supported(Application application) {
        List<Locale> locales = new ArrayList<>();
        if (application.getDefaultLocale() != null) {
            locales.add(application.getDefaultLocale());
        }
        application.getSupportedLocales().forEachRemaining(l -> {
            if (!locales.contains(l)) {
                locales.add(l);
            }
        });
        return locales;
    }

    /** Matches by language only: a browser asking for ro-MD or en-GB gets ro or en. */
    static Optional<Locale> match(Locale wanted, List<Locale> supported) {
        return supported.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }
}
