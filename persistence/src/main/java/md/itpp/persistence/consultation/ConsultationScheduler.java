package md.itpp.persistence.consultation;

import java.time.Clock;
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
 * per cluster all the same, and a restart neither loses nor repeats anything. What one run
 * does is {@link ConsultationDeadlines}'.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConsultationScheduler {

    private static final Logger LOG = Logger.getLogger(ConsultationScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ConsultationDeadlines deadlines;

    @Inject
    private Clock clock;

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
        deadlines.run(clock.instant(), SchedulerSettings.fromEnvironment());
    }
}
