package md.itpp.persistence.monitoring;

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

import md.itpp.persistence.consultation.SchedulerSettings;

/**
 * Sends the reporting reminders ({@link MonitoringReminders}) at the consultation scheduler's
 * interval ({@code ITPP_CONSULTATION_CHECK_SECONDS}). The timer is not persistent, so each node
 * runs its own; the claims in {@link MonitoringJobs} make each reminder go once per cluster.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MonitoringScheduler {

    private static final Logger LOG = Logger.getLogger(MonitoringScheduler.class.getName());
    private static final long FIRST_RUN_MS = 30_000L;

    @Resource
    private TimerService timers;

    @Inject
    private MonitoringReminders reminders;

    @Inject
    private Clock clock;

    private volatile boolean running;

    @PostConstruct
    void start() {
        long interval = SchedulerSettings.fromEnvironment().checkInterval().toMillis();
        ReminderSettings settings = ReminderSettings.fromEnvironment();
        // As the consultation's timer: the first run waits until the deployment has surely finished.
        timers.createIntervalTimer(Math.max(interval, FIRST_RUN_MS), interval,
                new TimerConfig("monitoring-reminders", false));
        LOG.info(() -> "Reporting reminders " + settings.days() + " days before the institutions' deadline");
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
            reminders.run(clock.instant(), ReminderSettings.fromEnvironment());
        } finally {
            running = false;
        }
    }
}
