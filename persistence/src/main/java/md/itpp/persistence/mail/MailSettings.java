package md.itpp.persistence.mail;

import java.util.Map;
import java.util.Optional;

/**
 * The SMTP settings of this deployment, from the environment (see the package description).
 * Read when mail is sent, so that a value is never cached from before the server got it.
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "itpp-workbench@localhost";

    /** Empty when no SMTP host is configured: mail is disabled. */
    public static Optional<MailSettings> fromEnvironment() {
        return from(System.getenv());
    }

    static Optional<MailSettings> from(Map<String, String> env) {
        String host = blankToNull(env.get("ITPP_SMTP_HOST"));
        if (host == null) {
            return Optional.empty();
        }
        int port = DEFAULT_PORT;
        String portText = blankToNull(env.get("ITPP_SMTP_PORT"));
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("ITPP_SMTP_PORT is not a number: " + portText, e);
            }
        }
        String from = blankToNull(env.get("ITPP_MAIL_FROM"));
        return Optional.of(new MailSettings(host, port, from == null ? DEFAULT_FROM : from,
                blankToNull(env.get("ITPP_SMTP_USER")), blankToNull(env.get("ITPP_SMTP_PASSWORD")),
                "true".equalsIgnoreCase(blankToNull(env.get("ITPP_SMTP_STARTTLS")))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // Never the password: settings end up in logs.
        return "MailSettings[" + host + ":" + port + " from " + from + (user == null ? "" : " as " + user) + "]";
    }
}
