package md.itpp.ear.services;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import md.itpp.persistence.consultation.ConsultationDeadlines;
import md.itpp.persistence.consultation.ConsultationJobs;
import md.itpp.persistence.consultation.SchedulerSettings;
import md.itpp.persistence.monitoring.MonitoringReminders;
import md.itpp.persistence.monitoring.ReminderSettings;

/**
 * Test only, added to the EJB module: runs the schedulers' deadline work (consultation rounds,
 * reporting reminders) as their timers do,
 * from inside the module that holds the persistence unit. Called straight from the web module,
 * the jobs' entity manager would look for the unit in the web module, which cannot see it (a
 * unit packaged in an EJB jar is visible to that jar only), and fail.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineProbe {

    @Inject
    private ConsultationJobs jobs;

    @Inject
    private ConsultationDeadlines deadlines;

    public void run(Instant now, SchedulerSettings settings) {
        deadlines.run(now, settings);
    }

    public boolean closeIfOverdue(long roundId, Instant now) {
        return jobs.closeIfOverdue(roundId, now);
    }

    public int remind(long invitationId, Instant now, String baseUrl) {
        return deadlines.remind(invitationId, now, baseUrl);
    }

    @Inject
    private MonitoringReminders monitoringReminders;

    /** One tick of the reporting reminders, {@code days} before the institutions' deadline. */
    public void runReportingReminders(Instant now, int days) {
        monitoringReminders.run(now, new ReminderSettings(days));
    }

    public int remindInstitution(long periodId, long institutionId, Instant now, String baseUrl) {
        return monitoringReminders.remind(periodId, institutionId, now, baseUrl);
    }
}
