package md.itpp.ear.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import md.itpp.ear.browser.BrowserSession;
import md.itpp.ear.browser.ChainAdminPage;
import md.itpp.ear.browser.EditorPage;
import md.itpp.testkit.FacesHttp;

/**
 * The production cluster's crash test (run by {@code ops/cluster/check.sh --full}): workflow
 * commands driven through the balancer while one instance and then the other is killed with
 * {@code kill -9} and restarted.
 * <p>
 * A negotiator, a reviewer and an approver are made, the approval chain is set to one review step
 * by that reviewer, and the negotiator creates a few objectives (in a browser). Then one client per objective repeats the objective's cycle over HTTP as the
 * pages post it: the negotiator <b>saves</b> the editor (a unique mark in the English text), and
 * <b>submits</b> with a reason; the reviewer <b>signs off</b>; the approver <b>returns</b> it with a
 * reason; and so on, until {@code cluster.crash.commands} (1,000) commands were sent and both
 * kills happened while commands ran. A command is acknowledged when the answer says it was done
 * (the editor's redirect to the objective, the decision's redirect); when not (refused, failed,
 * cut off by a dying instance), the client looks at the objective again and goes on from where
 * it stands.
 * <p>
 * Each command is one line of {@code cluster.crash.out} ({@code n actor command objective mark
 * ok|refused|failed node ms}); {@code check.sh} then checks the database against it: every
 * acknowledged save's mark is in a revision, every acknowledged decision is in the database, every
 * state change has its audit event, and the audit chain verifies.
 */
@EnabledIfSystemProperty(named = "cluster.base", matches = "https://127\\.0\\.0\\.1:\\d+/")
class ClusterCrashIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final int COMMANDS = Integer.getInteger("cluster.crash.commands", 1000);
    private static final int OBJECTIVES = Integer.getInteger("cluster.crash.objectives", 4);
    private static final long THINK_MS = Long.getLong("cluster.crash.think.ms", 400);
    private static final List<String> INSTANCES = List.of(System.getProperty("cluster.instances", "itpp-a,itpp-b").split(","));

    private enum Command { SAVE, SUBMIT, SIGN_OFF, RETURN }

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean killsDone = new AtomicBoolean();
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    private final String negotiator = "crash.negotiator." + RUN.toLowerCase();
    private final String reviewer = "crash.reviewer." + RUN.toLowerCase();
    private final String approver = "crash.approver." + RUN.toLowerCase();
    private final String password = "Crash-" + RUN + "-password-3";

    @Test
    void everyAcknowledgedCommandIsKeptThroughTwoKills() throws Exception {
        List<String> objectives = seed();
        ExecutorService pool = Executors.newFixedThreadPool(OBJECTIVES + 1);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            String id = objectives.get(i);
            int client = i + 1;
            clients.add(pool.submit(() -> cycle(client, id)));
        }
        Future<?> killer = pool.submit(this::killBothInTurn);
        for (Future<?> client : clients) {
            client.get(60, TimeUnit.MINUTES);
        }
        killer.get(30, TimeUnit.MINUTES);
        pool.shutdown();

        Path out = Path.of(System.getProperty("cluster.crash.out", "target/cluster-crash.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
        long ok = lines.stream().filter(l -> l.contains(" ok ")).count();
        long refused = lines.stream().filter(l -> l.contains(" refused ")).count();
        long failed = lines.stream().filter(l -> l.contains(" failed ")).count();
        System.out.printf("CRASH commands=%d ok=%d refused=%d failed=%d objectives=%s out=%s%n",
                lines.size(), ok, refused, failed, String.join(",", objectives), out.toAbsolutePath());
        System.out.printf("CRASH-EVENTS %s%n", String.join("; ", events));
        assertTrue(lines.size() >= COMMANDS, "commands sent: " + lines.size());
        assertTrue(events.stream().filter(e -> e.startsWith("killed")).count() == 2, "two kills: " + events);
        assertTrue(ok > lines.size() / 2, "most commands acknowledged: " + ok + " of " + lines.size());
    }

    /** The three people and the objectives, made in a browser through the balancer. */
    private List<String> seed() {
        BrowserSession chromium = new BrowserSession(ClusterSettings.chromium(), ClusterSettings.BASE);
        try {
            ClusterPeople.create(chromium, reviewer, "Reviewer", password);
            ClusterPeople.create(chromium, approver, "Approver", password);
            ClusterPeople.create(chromium, negotiator, "Negotiator", password);
            // One review step, this run's reviewer; approval (or return) by any approver.
            chromium.signIn(ClusterSettings.ADMIN, ClusterSettings.adminPassword());
            ChainAdminPage chain = ChainAdminPage.open(chromium.driver(), chromium.base());
            while (chain.steps() > 1) {
                chain.removeLastStep();
            }
            if (chain.steps() == 0) {
                chain.addStep();
            }
            chain.step(0, "Crash test review " + RUN, "Revizuirea testului " + RUN, reviewer).save();
            chromium.signIn(negotiator, password);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= OBJECTIVES; i++) {
                String code = "SO-CR-" + RUN + "-" + i;
                ids.add(EditorPage.openNew(chromium.driver(), chromium.base())
                        .essentials(code, "Science and technology", "Ministry of Defence (MA)", "Title of " + code,
                                "Titlul " + code, "Created.", "Creat.")
                        .saveNew());
            }
            return ids;
        } finally {
            chromium.close();
        }
    }

    /** Kills the first instance once an eighth of the commands were sent, restarts it, then the second. */
    private void killBothInTurn() {
        try {
            for (String instance : INSTANCES) {
                int at = instance.equals(INSTANCES.get(0)) ? COMMANDS / 8 : sent.get() + 10;
                while (sent.get() < at) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                ClusterSettings.instance("kill", instance);
                events.add("killed " + instance + " after " + sent.get());
                ClusterSettings.instance("start", instance);
                events.add("ready " + instance + " after " + sent.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            killsDone.set(true);
        }
    }

    private void cycle(int client, String id) {
        Actor negotiating = new Actor(negotiator);
        Actor reviewing = new Actor(reviewer);
        Actor approving = new Actor(approver);
        Command next = Command.SAVE;
        while (sent.get() < COMMANDS || !killsDone.get()) {
            int n = sent.incrementAndGet();
            long start = System.nanoTime();
            Actor actor = switch (next) {
                case SAVE, SUBMIT -> negotiating;
                case SIGN_OFF -> reviewing;
                case RETURN -> approving;
            };
            String mark = next == Command.SAVE ? "crash-" + RUN + "-" + n : "-";
            String outcome;
            try {
                outcome = perform(actor, next, id, mark, n) ? "ok" : "refused";
            } catch (RuntimeException e) {
                outcome = "failed";
            }
            lines.add(String.format("%d %s %s %s %s %s %s %d", n, actor.username, next, id, mark, outcome,
                    actor.http.cookie(ClusterSettings.NODE_COOKIE).orElse("-"),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            next = "ok".equals(outcome) ? Command.values()[(next.ordinal() + 1) % Command.values().length]
                    : where(id, negotiating, reviewing, approving);
            think();
        }
    }

    /** Sends one command; true when the answer says it was done. */
    private static boolean perform(Actor actor, Command command, String id, String mark, int n) {
        if (command == Command.SAVE) {
            FacesForm form = FacesForm.of(actor.open("/objectives/edit.xhtml?id=" + id).body(), "edit");
            if (form == null) {
                return false;
            }
            // Both languages, as a negotiator who keeps the translation up to date: a change of one
            // alone marks the other out of date, and the submission would be refused.
            form.set("edit:textEn", "Saved in the crash test: " + mark + ".");
            form.set("edit:textRo", "Salvat în testul de avarie: " + mark + ".");
            HttpResponse<String> answer = actor.http.postEncoded(form.action(),
                    FacesHttp.encode(form.ajaxPressing("edit:save")), "Faces-Request", "partial/ajax",
                    "X-Requested-With", "XMLHttpRequest");
            return answer.statusCode() == 200 && answer.body().contains("<redirect url=\"")
                    && answer.body().contains("/objectives/detail");
        }
        String button = switch (command) {
            case SUBMIT -> "approval-actions:submit";
            case SIGN_OFF -> "approval-actions:sign-off";
            default -> "approval-actions:return";
        };
        String page = actor.open("/objectives/detail.xhtml?id=" + id).body();
        FacesForm form = FacesForm.of(page, "approval-actions");
        if (form == null || !FacesForm.offers(page, button)) {
            return false;
        }
        if (command != Command.SIGN_OFF) {
            form.set("approval-actions:reason", "Crash test " + command.name().toLowerCase() + " " + n + ".");
        }
        Map<String, String> post = form.pressing(button);
        HttpResponse<String> answer = actor.http.post(form.action(), post);
        return (answer.statusCode() == 302 || answer.statusCode() == 303)
                && FacesHttp.header(answer, "Location").orElse("").contains("/objectives/detail");
    }

    /** Where the objective stands, after a command without an answer: who may act on it now. */
    private static Command where(String id, Actor negotiating, Actor reviewing, Actor approving) {
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                if (FacesForm.offers(reviewing.open("/objectives/detail.xhtml?id=" + id).body(), "approval-actions:sign-off")) {
                    return Command.SIGN_OFF;
                }
                if (FacesForm.offers(approving.open("/objectives/detail.xhtml?id=" + id).body(), "approval-actions:return")) {
                    return Command.RETURN;
                }
                return Command.SAVE;
            } catch (RuntimeException e) {
                sleep(1000);
            }
        }
        return Command.SAVE;
    }

    private static void think() {
        sleep(THINK_MS / 2 + ThreadLocalRandom.current().nextLong(THINK_MS + 1));
    }

    private static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One person's HTTP session through the balancer; signs in again when the session is gone. */
    private final class Actor {

        private final String username;
        private FacesHttp http;

        Actor(String username) {
            this.username = username;
            signIn();
        }

        private void signIn() {
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    http = new FacesHttp(ClusterSettings.BASE, ClusterSettings.tls());
                    if (FacesHttp.signedIn(http.login(username, password))) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // the balancer may have no instance ready for a moment
                }
                sleep(2000);
            }
            throw new IllegalStateException(username + " could not sign in");
        }

        /** GETs a page; signs in again first when the answer is the sign-in page (session lost). */
        HttpResponse<String> open(String path) {
            HttpResponse<String> page = http.get(path);
            if (page.statusCode() == 302 || page.statusCode() == 303) {
                events.add("signed in again " + username + " after " + sent.get());
                signIn();
                page = http.get(path);
            }
            if (page.statusCode() != 200) {
                throw new UncheckedIOException(new IOException(path + " answered " + page.statusCode()));
            }
            return page;
        }
    }
}
