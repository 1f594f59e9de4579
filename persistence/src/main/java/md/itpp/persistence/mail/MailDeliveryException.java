package md.itpp.persistence.mail;

/** The SMTP server refused or could not be reached: the caller decides whether to try again. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
