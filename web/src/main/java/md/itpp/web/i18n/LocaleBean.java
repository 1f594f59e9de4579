package md.itpp.web.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language the user reads the application in. It is remembered in a cookie
 * ({@value #COOKIE}, a year), not in the HTTP session: the sign-in page must not create a session
 * for every anonymous visitor (each one held in memory for the session timeout), and the choice
 * outlives sign-out and the session's end, on every node of a cluster. Without the cookie (or
 * with a value that is not a supported language) the browser's preference decides when it names
 * a supported language, else the default; the supported ones and the default are those of
 * faces-config.xml.
 */
@Named("localeBean")
@RequestScoped
public class LocaleBean {

    /** The cookie that remembers the chosen language, for the whole site. */
    public static final String COOKIE = "itpp-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private HttpServletRequest request;

    private Locale locale = Locale.ENGLISH;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        List<Locale> supported = supported(context.getApplication());
        locale = supported.isEmpty() ? Locale.ENGLISH : supported.get(0);
        Optional<Locale> chosen = chosen(request.getCookies(), supported);
        if (chosen.isPresent()) {
            locale = chosen.get();
            return;
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            Optional<Locale> match = match(preferred, supported);
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

    /** Switches to a supported language and remembers it; anything else is ignored. */
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
                    remember(l, (HttpServletResponse) context.getExternalContext().getResponse());
                });
    }

    /**
     * Written by hand, as the session token is: the Servlet 6 Cookie API has SameSite only as a
     * generic attribute. Readable by no script; Secure as the session cookie is (browsers treat
     * http://localhost and 127.0.0.1 as secure).
     */
    private static void remember(Locale language, HttpServletResponse response) {
        response.addHeader("Set-Cookie", COOKIE + "=" + language.getLanguage() + "; Path=/; Max-Age=" + ONE_YEAR
                + "; Secure; HttpOnly; SameSite=Lax");
    }

    /** The language the cookie names, if it is a supported one. */
    static Optional<Locale> chosen(Cookie[] cookies, List<Locale> supported) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().matches("[a-z]{2,3}")) {
                return match(Locale.forLanguageTag(cookie.getValue()), supported);
            }
        }
        return Optional.empty();
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
