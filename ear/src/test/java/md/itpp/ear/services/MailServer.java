package md.itpp.ear.services;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the tests start on the client side (GreenMail on 127.0.0.1); the server
 * under test sends to it through ITPP_SMTP_HOST/PORT (see ear/pom.xml). Only the client
 * loads this class.
 */
final class MailServer {

    private static GreenMail greenMail;

    private MailServer() {
    }

    static synchronized void start(int port) {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /**
     * Waits until at least {@code expected} messages whose subject contains {@code marker}
     * arrived, then counts them by recipient and subject.
     */
    static Map<String, Integer> awaitReminders(String marker, int expected, Duration wait)
            throws InterruptedException, MessagingException {
        long end = System.nanoTime() + wait.toNanos();
        Map<String, Integer> counts;
        do {
            counts = new TreeMap<>();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (message.getSubject() != null && message.getSubject().contains(marker)) {
                    for (Address to : message.getAllRecipients()) {
                        counts.merge(to + " | " + message.getSubject(), 1, Integer::sum);
                    }
                }
            }
            if (counts.values().stream().mapToInt(Integer::intValue).sum() >= expected) {
                return counts;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < end);
        return counts;
    }
}
