package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import md.itpp.testkit.FacesHttp;

/**
 * The quick-start WAR on Payara Micro, started by a test as the README's run command starts it
 * (no Hazelcast, no phone home, the preboot file that binds the listener to loopback), on a
 * database and with JVM options the test gives; its output goes to {@code target/<name>.log}.
 * Closing it stops the process (and kills it after a minute).
 */
final class MicroServer implements AutoCloseable {

    private final Process process;
    private final String base;
    private final String log;

    private MicroServer(Process process, String base, String log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the server on {@code port} with its folders under {@code work}; {@code environment}
     * is added to the test's own (e.g. {@code ITPP_DB_URL}).
     */
    static MicroServer start(String name, Path work, int port, List<String> jvmOptions,
                             Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", System.getProperty("payara.micro.jar"),
                "--deploy", System.getProperty("quickstart.war"),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", System.getProperty("quickstart.preboot"),
                "--rootdir", work.resolve("micro-" + name).toString()));
        String log = "target/" + name + ".log";
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Paths.get(log).toFile());
        builder.environment().putAll(environment);
        return new MicroServer(builder.start(), "http://127.0.0.1:" + port, log);
    }

    /** {@code -Dquickstart.it.port}, or any free port when it is 0 (the default). */
    static int port() throws IOException {
        int chosen = Integer.getInteger("quickstart.it.port", 0);
        if (chosen != 0) {
            return chosen;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String base() {
        return base;
    }

    /** Waits until the sign-in page answers; returns the seconds it took. */
    double awaitReady(Duration timeout) throws InterruptedException {
        FacesHttp probe = new FacesHttp(base);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "Payara Micro exited early: see " + log);
            try {
                if (probe.get("/login.xhtml").statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + ": see " + log);
    }

    /** The server's resident memory, or -1 where /proc does not tell. */
    long rssMegabytes() throws IOException {
        Path status = Paths.get("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst().orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
