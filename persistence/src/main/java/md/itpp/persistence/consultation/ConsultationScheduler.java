package md.itpp.persistence.consultation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the deadline work every {@code ITPP_CONSULTATION_CHECK_SECONDS}: closes rounds past their
 * deadline and sends due reminders (see {@link ConsultationJobs}). The timer is not persistent,
 * so each node runs its own; the claims in {@link ConsultationJobs} make the work happen once
 * per cluster all the same, and a restart neither loses nor repeats anything.
 * <p>
 * {@code ITPP_BASE_URL} (e.g. {@code https://itpp.gov.md}) is put before links in mails.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConsultationScheduler {

    private static final Logger LOG = Logger.getLogger(ConsultationScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ConsultationJobs jobs;

    private static final long FIRST_RUN_MS = 30_000L;

    private volatile boolean running;

    @PostConstruct
    void start() {
        SchedulerSettings settings = SchedulerSettings.fromEnvironment();
        long interval = settings.checkInterval().toMillis();
        // The first run waits until the deployment has surely finished: a timeout firing while
        // the application is still being deployed runs against a half-started application.
        timers.createIntervalTimer(Math.max(interval, FIRST_RUN_MS), interval,
                new TimerConfig("consultation-deadlines", false));
        LOG.info(() -> "Consultation deadlines checked every " + settings.checkInterval().toSeconds()
                + " s; reminders " + settings.reminderDays() + " days before the deadline");
    }

    /** Skips a run while the previous one is still busy (a slow SMTP server). */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        if (running) {
            return;
        }
        running = true;
        try {
            runOnce();
        } finally {
            running = false;
        }
    }

    private void runOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SchedulerSettings settings = SchedulerSettings.fromEnvironment();
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
        String base = System.getenv().getOrDefault("ITPP_BASE_URL", "");
        for (Long id : jobs.dueReminders(now, settings.reminderDays())) {
            try {
                jobs.remind(id, now, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder for invitation " + id + " not sent; next run tries again: " + e);
            }
        }
    }
}
