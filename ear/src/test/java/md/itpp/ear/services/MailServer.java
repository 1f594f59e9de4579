package md.itpp.ear.services;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server the tests start on the client side (GreenMail on 127.0.0.1): SMTP on the
 * port the server under test sends to through ITPP_SMTP_HOST/PORT (see ear/pom.xml), and POP3
 * on the next port, where {@link Mailboxes} reads from inside the server what arrived. Only the
 * client loads this class.
 */
final class MailServer {

    private static GreenMail greenMail;

    private MailServer() {
    }

    static synchronized void start(int port) {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(port + 1, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            greenMail.start();
        }
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
