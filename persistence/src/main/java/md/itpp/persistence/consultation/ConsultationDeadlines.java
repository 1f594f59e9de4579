package md.itpp.persistence.consultation;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.persistence.mail.BaseUrl;

/**
 * One run of the deadline work, as the scheduler does it at every tick: closes the rounds past
 * their deadline, then sends the due reminders, each in its own claim ({@link ConsultationJobs}).
 * A failure of one round or reminder is logged and left for the next run. Tests call it with a
 * moved clock instead of waiting for the timer.
 */
@ApplicationScoped
public class ConsultationDeadlines {

    private static final Logger LOG = Logger.getLogger(ConsultationDeadlines.class.getName());

    @Inject
    private ConsultationJobs jobs;

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
                jobs.remind(id, now, base);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder for invitation " + id + " not sent; next run tries again: " + e);
            }
        }
    }
}
