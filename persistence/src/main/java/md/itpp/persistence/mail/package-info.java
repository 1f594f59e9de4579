/**
 * Outgoing mail, through Jakarta Mail to the SMTP server named at deployment. One bean:
 * {@link md.itpp.persistence.mail.Mailer} ({@code @Inject} it; it is CDI, not an EJB, so that
 * scheduled work without a caller can use it too).
 * <p>
 * Settings, read from the server's environment ({@link md.itpp.persistence.mail.MailSettings}):
 * {@code ITPP_SMTP_HOST} (unset or blank: mail is disabled, nothing is sent and
 * {@link md.itpp.persistence.mail.Mailer#send} returns {@code false}), {@code ITPP_SMTP_PORT}
 * (default 25), {@code ITPP_MAIL_FROM} (default {@code itpp-workbench@localhost}),
 * {@code ITPP_SMTP_USER} and {@code ITPP_SMTP_PASSWORD} (optional, for servers that require a
 * login), {@code ITPP_SMTP_STARTTLS} ({@code true} to require STARTTLS).
 */
package md.itpp.persistence.mail;
