package md.itpp.ear.services;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Test only, runs inside the server: reads over POP3 what {@link MailServer} (started on the
 * client side) received for one address. GreenMail gives every recipient a mailbox whose login
 * and password are the address itself; POP3 listens on the SMTP port + 1.
 */
final class Mailboxes {

    private Mailboxes() {
    }

    /** How many messages the address received whose subject contains {@code marker}. */
    static int count(String address, String marker) throws MessagingException {
        int pop3 = Integer.parseInt(System.getenv("ITPP_SMTP_PORT")) + 1;
        Store store = Session.getInstance(new Properties()).getStore("pop3");
        store.connect("127.0.0.1", pop3, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int found = 0;
                for (Message message : inbox.getMessages()) {
                    if (message.getSubject() != null && message.getSubject().contains(marker)) {
                        found++;
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
