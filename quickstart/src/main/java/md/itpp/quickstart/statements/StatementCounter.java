package md.itpp.quickstart.statements;

import java.util.concurrent.atomic.AtomicBoolean;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the statements Hibernate prepares on the current thread while a request is being
 * counted ({@link #start()} to {@link #stop()}); statements of other threads (schedulers) are
 * not counted. Hibernate creates it from its class name, given as the system property
 * {@code hibernate.session_factory.statement_inspector}; the SQL passes unchanged.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;

    /** Set on every instance Hibernate makes: the filter checks it before it counts anything. */
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

    public StatementCounter() {
        INSTALLED.set(true);
    }

    @Override
    public String inspect(String sql) {
        long[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    static boolean installed() {
        return INSTALLED.get();
    }

    static void start() {
        COUNT.set(new long[1]);
    }

    /** The statements since {@link #start()}; counting stops. */
    static long stop() {
        long[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
