package md.itpp.persistence.mail;

import java.util.Map;

/**
 * {@code ITPP_BASE_URL}, the address people reach the application at (e.g.
 * {@code https://itpp.gov.md}), put before the links in mails; without a trailing slash, since
 * links start with one. Empty when unset: links are then relative. Read when used, so that a
 * value is never cached from before the server got it.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static String fromEnvironment() {
        return from(System.getenv());
    }

    static String from(Map<String, String> env) {
        String base = env.getOrDefault("ITPP_BASE_URL", "").strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
