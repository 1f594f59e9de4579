package md.itpp.persistence.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import md.itpp.domain.audit.AuditAnchor;
import md.itpp.domain.audit.AuditChainHead;

/**
 * Writes the audit chain's head outside the database at every start and every night: always to
 * the server log, and, when {@value #FILE_SETTING} (or the system property {@value #FILE_PROPERTY})
 * names a file, as one more line appended to that file and forced to disk. IT keeps that file
 * where a database administrator cannot write (another machine's mount, {@code chattr +a});
 * {@link VerifyAuditTrail} {@code --anchors FILE} checks the chain against it.
 * <p>
 * Every node writes its own anchors: more anchors only mean more checks.
 */
@Singleton
@Startup
public class AuditAnchorWriter {

    public static final String FILE_SETTING = "ITPP_AUDIT_ANCHOR_FILE";
    public static final String FILE_PROPERTY = "itpp.audit.anchorFile";

    private static final Logger LOG = Logger.getLogger(AuditAnchorWriter.class.getName());

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void atStart() {
        anchor();
    }

    @Schedule(hour = "2", minute = "0", persistent = false)
    void nightly() {
        anchor();
    }

    private void anchor() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            return;
        }
        AuditAnchor anchor = new AuditAnchor(clock.instant(), head.getLastNumber(), head.getLastHash());
        LOG.info(() -> "Audit chain anchor: " + anchor.line());
        file().ifPresent(path -> append(path, anchor));
    }

    private static Optional<Path> file() {
        String value = System.getenv(FILE_SETTING);
        if (value == null || value.isBlank()) {
            value = System.getProperty(FILE_PROPERTY);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(Path::of);
    }

    private static void append(Path path, AuditAnchor anchor) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } catch (IOException e) {
            // The log line above still anchors the chain; the file's absence must be seen, not fatal.
            LOG.log(Level.SEVERE, "Cannot append the audit anchor to " + path, e);
        }
    }
}
