package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.persistence.mail.BaseUrl;
import md.itpp.persistence.mail.Mailer;

/**
 * One run of the reporting reminders, as the scheduler does it at every tick: each due
 * reminder claimed in its own short transaction ({@link MonitoringJobs#claim}), its mails sent
 * with no transaction open, then its notices written; a failure of one is logged and left for
 * the next run. Tests call it with a moved clock instead of waiting for the timer.
 */
@ApplicationScoped
public class MonitoringReminders {

    private static final Logger LOG = Logger.getLogger(MonitoringReminders.class.getName());

    @Inject
    private MonitoringJobs jobs;

    @Inject
    private Mailer mailer;

    public void run(Instant now, ReminderSettings settings) {
        if (settings.days() == 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ReportingPeriod.ZONE);
        String base = BaseUrl.fromEnvironment();
        for (MonitoringJobs.DueReminder due : jobs.dueReminders(today, settings.days())) {
            try {
                remind(due.periodId(), due.institutionId(), now, base);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reporting reminder for period " + due.periodId() + " and institution "
                        + due.institutionId() + " not sent; next run tries again: " + e);
            }
        }
    }

    /**
     * Sends the institution's one reminder for the period, if nobody has. A refused mail gives
     * the claim back and throws: the next run tries again (those who got the mail get it again,
     * as before the split; nobody gets a notice twice, since notices follow the mails).
     *
     * @return how many mails went out (-1 when another node or an earlier run had it)
     */
    public int remind(long periodId, long institutionId, Instant now, String baseUrl) {
        Optional<MonitoringJobs.Claim> claimed = jobs.claim(periodId, institutionId, now, baseUrl);
        if (claimed.isEmpty()) {
            return -1;
        }
        MonitoringJobs.Claim claim = claimed.get();
        int mails = 0;
        try {
            for (MonitoringJobs.Mail mail : claim.mails()) {
                if (mailer.send(mail.to(), mail.subject(), mail.body())) {
                    mails++;
                }
            }
        } catch (RuntimeException e) {
            jobs.release(claim);
            throw e;
        }
        jobs.notices(claim);
        int sent = mails;
        LOG.info(() -> "Reporting reminder for period " + periodId + " to " + claim.institutionCode() + " ("
                + claim.reports() + " reports): " + claim.recipients().size() + " notices, " + sent + " mails");
        return mails;
    }
}
