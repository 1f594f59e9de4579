package md.itpp.persistence.mail;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends plain-text mail through the deployment's SMTP server. The session is built from the
 * environment (see {@link MailSettings}) rather than declared as a server resource, so that the
 * same EAR and the quick start need no administration step, and mail is simply off where no
 * server is configured.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    /** A slow or silent server must not hold a scheduler thread for long. */
    private static final String TIMEOUT_MS = "10000";

    /** Whether an SMTP server is configured. */
    public boolean isEnabled() {
        return MailSettings.fromEnvironment().isPresent();
    }

    /**
     * Sends one message.
     *
     * @return {@code false} when mail is disabled (nothing sent), {@code true} when the server accepted it
     * @throws MailDeliveryException when the server refused it or could not be reached
     */
    public boolean send(String to, String subject, String text) {
        Optional<MailSettings> configured = MailSettings.fromEnvironment();
        if (configured.isEmpty()) {
            LOG.fine(() -> "Mail disabled (no ITPP_SMTP_HOST): not sent to " + to);
            return false;
        }
        MailSettings settings = configured.get();
        try {
            MimeMessage message = new MimeMessage(session(settings));
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(oneLine(subject), StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            return true;
        } catch (AddressException e) {
            throw new MailDeliveryException("Invalid address " + to, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("Mail to " + to + " not delivered through " + settings, e);
        }
    }

    private static Session session(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.user() == null) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        });
    }

    /** Header injection: a subject never spans lines. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
    }
}
