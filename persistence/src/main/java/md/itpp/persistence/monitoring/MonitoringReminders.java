package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.persistence.mail.BaseUrl;

/**
 * One run of the reporting reminders, as the scheduler does it at every tick: each due
 * reminder in its own claim ({@link MonitoringJobs}); a failure of one is logged and left for
 * the next run. Tests call it with a moved clock instead of waiting for the timer.
 */
@ApplicationScoped
public class MonitoringReminders {

    private static final Logger LOG = Logger.getLogger(MonitoringReminders.class.getName());

    @Inject
    private MonitoringJobs jobs;

    public void run(Instant now, ReminderSettings settings) {
        if (settings.days() == 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ReportingPeriod.ZONE);
        String base = BaseUrl.fromEnvironment();
        for (MonitoringJobs.DueReminder due : jobs.dueReminders(today, settings.days())) {
            try {
                jobs.remind(due.periodId(), due.institutionId(), now, base);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reporting reminder for period " + due.periodId() + " and institution "
                        + due.institutionId() + " not sent; next run tries again: " + e);
            }
        }
    }
}
