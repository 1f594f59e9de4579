package md.itpp.persistence.programme;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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

import md.itpp.persistence.config.EnvironmentNumber;

/**
 * Every {@code ITPP_DOCUMENTS_AHEAD_SECONDS} (default 60; 0 turns it off), writes the programme
 * documents whose content changed ahead of the next download ({@link ProgrammeDocumentsAhead}).
 * Not persistent: each node keeps its own documents, so each node runs its own. Reading the model
 * to compare is a fifth of a second per language at ten times the real scale, and only for what
 * was asked for on the node that day.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProgrammeDocumentScheduler {

    private static final Logger LOG = Logger.getLogger(ProgrammeDocumentScheduler.class.getName());

    /** How soon after a change the documents asked for are written again, by default. */
    static final int DEFAULT_SECONDS = 60;

    @Resource
    private TimerService timers;

    @Inject
    private ProgrammeDocumentsAhead ahead;

    @Inject
    private Clock clock;

    /** Set while a run writes: a timeout that finds it set does nothing. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        Duration interval = interval(System.getenv());
        if (interval.isZero()) {
            LOG.info("Programme documents are written when downloaded only (ITPP_DOCUMENTS_AHEAD_SECONDS=0)");
            return;
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(),
                new TimerConfig("programme-documents", false));
    }

    /** The setting's interval: a whole number of seconds from 0 (off) to a day; unset, the default. */
    static Duration interval(Map<String, String> env) {
        return Duration.ofSeconds(
                EnvironmentNumber.of(env, "ITPP_DOCUMENTS_AHEAD_SECONDS", DEFAULT_SECONDS, 0, 86_400));
    }

    /** Skips a run while the previous one is still writing; a failure is logged and tried again next time. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            ahead.writeChanged(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing the programme documents ahead failed; tried again at the next run", e);
        } finally {
            running.set(false);
        }
    }
}
