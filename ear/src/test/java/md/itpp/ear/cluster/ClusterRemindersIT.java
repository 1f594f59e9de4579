package md.itpp.ear.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import md.itpp.ear.browser.BrowserSession;
import md.itpp.ear.browser.ConfigureRoundPage;
import md.itpp.ear.browser.EditorPage;
import md.itpp.ear.browser.RoundPage;

/**
 * Sets the scene for the cluster's deadline checks (run by {@code ops/cluster/check.sh}, never by
 * a plain {@code mvn verify}):
 * <ul>
 * <li>a consultee of the Ministry of Defence, and a consultation round inviting that ministry,
 * opened with its deadline two days ahead, inside the three days before a deadline when
 * institutions that have not answered are reminded;</li>
 * <li>a round inviting the Ministry of Internal Affairs whose deadline is three minutes ahead
 * (Chișinău time, the zone the page takes deadlines in).</li>
 * </ul>
 * Both instances do the deadline work every minute; {@code check.sh} then checks that the
 * reminder went out once (one notice for the consultee, one instance's log saying it sent it)
 * and that the second round was closed at its deadline once (closed automatically, one notice
 * for the negotiator who opened it, one instance's log line). Prints
 * {@code REMINDERS round=<id> consultee=<username> closing=<id> negotiator=<username>}.
 */
@EnabledIfSystemProperty(named = "cluster.base", matches = "https://127\\.0\\.0\\.1:\\d+/")
class ClusterRemindersIT {

    private static final ZoneId CHISINAU = ZoneId.of("Europe/Chisinau");

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void aRoundDueForItsReminderIsOpenedOnTheCluster() {
        String negotiator = "reminder.negotiator." + RUN.toLowerCase();
        String consultee = "reminder.consultee." + RUN.toLowerCase();
        String password = "Reminder-" + RUN + "-password-4";
        BrowserSession chromium = new BrowserSession(ClusterSettings.chromium(), ClusterSettings.BASE);
        try {
            ClusterPeople.create(chromium, consultee, "Consulted institution", "MA", password);
            ClusterPeople.create(chromium, negotiator, "Negotiator", password);
            String code = "SO-RM-" + RUN;
            EditorPage.openNew(chromium.driver(), chromium.base())
                    .essentials(code, "Science and technology", "Ministry of Defence (MA)", "Title of " + code,
                            "Titlul " + code, "To consult.", "De consultat.")
                    .saveNew();
            String deadline = LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            ConfigureRoundPage configure = ConfigureRoundPage.openNew(chromium.driver(), chromium.base())
                    .title("Reminder round " + RUN).deadline(deadline, "18:00").addObjective(code)
                    .invite("Ministry of Defence (MA)");
            RoundPage round = configure.save().openRound();
            assertEquals("Open", round.state(), round.bodyText());
            String roundId = round.idInUrl();

            String closingCode = "SO-DL-" + RUN;
            EditorPage.openNew(chromium.driver(), chromium.base())
                    .essentials(closingCode, "Science and technology", "Ministry of Defence (MA)",
                            "Title of " + closingCode, "Titlul " + closingCode, "To consult.", "De consultat.")
                    .saveNew();
            ZonedDateTime soon = ZonedDateTime.now(CHISINAU).plusMinutes(3);
            RoundPage closing = ConfigureRoundPage.openNew(chromium.driver(), chromium.base())
                    .title("Deadline round " + RUN)
                    .deadline(soon.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                            soon.format(DateTimeFormatter.ofPattern("HH:mm")))
                    .addObjective(closingCode).invite("Ministry of Internal Affairs (MAI)")
                    .save().openRound();
            assertEquals("Open", closing.state(), closing.bodyText());
            System.out.printf("REMINDERS round=%s consultee=%s closing=%s negotiator=%s%n", roundId, consultee,
                    closing.idInUrl(), negotiator);
        } finally {
            chromium.close();
        }
    }
}
