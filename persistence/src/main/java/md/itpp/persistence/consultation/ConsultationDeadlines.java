package md.itpp.persistence.consultation;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.persistence.mail.BaseUrl;
import md.itpp.persistence.mail.Mailer;

/**
 * One run of the deadline work, as the scheduler does it at every tick: closes the rounds past
 * their deadline, then sends the due reminders, each in its own claim ({@link #remind}).
 * A failure of one round or reminder is logged and left for the next run. Tests call it with a
 * moved clock instead of waiting for the timer.
 */
@ApplicationScoped
public class ConsultationDeadlines {

    private static final Logger LOG = Logger.getLogger(ConsultationDeadlines.class.getName());

    @Inject
    private ConsultationJobs jobs;

    @Inject
    private Mailer mailer;

    public void run(Instant now, SchedulerSettings settings) {
        for (Long id : jobs.overdueRounds(now)) {
            try {
                jobs.closeIfOverdue(id, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Round " + id + " not closed at its deadline; next run tries again", e);
            }
        }
        if (settings.reminderDays() == 0) {
            return;
        }
        String base = BaseUrl.fromEnvironment();
        for (Long id : jobs.dueReminders(now, settings.reminderDays())) {
            try {
                remind(id, now, base);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder for invitation " + id + " not sent; next run tries again: " + e);
            }
        }
    }

    /**
     * Sends the one reminder of an invitation, if nobody has: claimed in a short transaction of
     * its own, mailed with no transaction open, then the notices written. A refused mail gives
     * the claim back and throws: the next run tries again.
     *
     * @return how many mails went out (-1 when another node or an earlier run had it)
     */
    public int remind(long invitationId, Instant now, String baseUrl) {
        Optional<ConsultationJobs.ReminderClaim> claimed = jobs.claimReminder(invitationId, now, baseUrl);
        if (claimed.isEmpty()) {
            return -1;
        }
        ConsultationJobs.ReminderClaim claim = claimed.get();
        int mails = 0;
        try {
            for (ConsultationJobs.ReminderMail mail : claim.mails()) {
                if (mailer.send(mail.to(), mail.subject(), mail.body())) {
                    mails++;
                }
            }
        } catch (RuntimeException e) {
            jobs.releaseReminder(claim);
            throw e;
        }
        jobs.reminderNotices(claim);
        int sent = mails;
        LOG.info(() -> "Reminder for round " + claim.roundId() + " to " + claim.institutionCode() + ": "
                + claim.recipients().size() + " notices, " + sent + " mails");
        return mails;
    }
}
