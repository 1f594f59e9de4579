package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import md.itpp.testkit.FacesHttp;

/**
 * The number of SQL statements a page makes must not grow with the data: the quick start is
 * started twice, with 100 and with 5,000 generated objectives (and everything {@link ScaleData}
 * makes in proportion: rounds of 750 and 1,500 comments, 4,000 and 200,000 audit events), and
 * each page's statements, counted by Hibernate's statement inspector for the whole request
 * (filters, security checks, menu, page and template), are compared. A page that loads rows one
 * by one (an N+1) or walks a collection that grows with the data fails here.
 * <p>
 * A small {@link #TOLERANCE} absorbs what legitimately differs between the two data sets (the
 * sample objective may be in a round in one and not in the other); a growth with the data is
 * dozens or hundreds of statements.
 */
class QueryCountIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(1200);
    private static final int TOLERANCE = 3;
    private static final String INSPECTOR = "-Dhibernate.session_factory.statement_inspector="
            + "md.itpp.quickstart.statements.StatementCounter";

    /** Who opens which page; {@code {detail}} is the first generated objective's id. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"negotiator", "/index.xhtml"},
            new String[] {"negotiator", "/objectives/list.xhtml"},
            new String[] {"negotiator", "/objectives/dashboard.xhtml"},
            new String[] {"negotiator", "/objectives/detail.xhtml?id={detail}"},
            new String[] {"negotiator", "/objectives/history.xhtml?id={detail}"},
            new String[] {"negotiator", "/objectives/tree.xhtml"},
            new String[] {"negotiator", "/objectives/tree.xhtml?page=2"},
            new String[] {"negotiator", "/notifications.xhtml"},
            new String[] {"negotiator", "/monitoring/periods.xhtml"},
            new String[] {"negotiator", "/monitoring/dashboard.xhtml"},
            new String[] {"negotiator", "/tasks/inbox.xhtml"},
            new String[] {"negotiator", "/tasks/inbox.xhtml?kind=NATO_STEP&page=2"},
            new String[] {"negotiator", "/consultation/rounds.xhtml"},
            new String[] {"negotiator", "/consultation/round.xhtml?id=2"},
            new String[] {"negotiator", "/consultation/round.xhtml?id=2&page=2"},
            new String[] {"reviewer", "/tasks/inbox.xhtml"},
            new String[] {"focal.ma", "/tasks/inbox.xhtml"},
            new String[] {"focal.ma", "/objectives/tree.xhtml"},
            new String[] {"auditor", "/audit/events.xhtml"});

    @TempDir
    Path work;

    @Test
    void pagesMakeAsManyStatementsAtFiveThousandObjectivesAsAtOneHundred() throws Exception {
        Map<String, Long> small = counts(100);
        Map<String, Long> large = counts(5000);
        StringBuilder table = new StringBuilder(String.format("%-55s %8s %8s%n", "page", "100", "5000"));
        small.forEach((page, count) -> table.append(String.format("%-55s %8d %8d%n", page, count, large.get(page))));
        System.out.print(table);
        List<String> grown = new ArrayList<>();
        small.forEach((page, count) -> {
            if (large.get(page) > count + TOLERANCE) {
                grown.add(page + ": " + count + " -> " + large.get(page));
            }
        });
        assertTrue(grown.isEmpty(), "statements grow with the data on " + grown + "\n" + table);
    }

    /** Starts the quick start at the scale, counts every page's statements, stops it. */
    private Map<String, Long> counts(int scale) throws Exception {
        Map<String, String> environment = Map.of(
                "ITPP_DB_URL", "jdbc:h2:file:" + work.resolve("db-" + scale + "/itpp"),
                ScaleData.ENVIRONMENT, Integer.toString(scale));
        try (MicroServer micro = MicroServer.start("query-count-" + scale, work, MicroServer.port(),
                List.of("-Xmx1g", INSPECTOR), environment)) {
            double seconds = micro.awaitReady(READY_TIMEOUT);
            System.out.printf("Quick start with %d objectives ready after %.1f s%n", scale, seconds);
            String base = micro.base();
            Map<String, FacesHttp> sessions = new LinkedHashMap<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            String detail = null;
            for (String[] page : PAGES) {
                FacesHttp browser = sessions.computeIfAbsent(page[0], user -> signIn(base, user));
                if (page[1].contains("{detail}") && detail == null) {
                    detail = firstGeneratedObjective(browser);
                }
                String path = page[1].replace("{detail}", String.valueOf(detail));
                counts.put(page[0] + " " + page[1], statements(browser, path));
            }
            if (scale >= 5000) {
                // At this scale the lists are long: the second page of each is another page of rows.
                FacesHttp negotiator = sessions.get("negotiator");
                assertPaged(negotiator, "/objectives/tree.xhtml?page=2", "Top-level rows 21.{1,10}40 of");
                assertPaged(negotiator, "/tasks/inbox.xhtml?kind=NATO_STEP&page=2", "Tasks 51.{1,10}100 of");
                assertPaged(negotiator, "/consultation/round.xhtml?id=2&page=2", "Comments 51.{1,10}100 of");
            }
            return counts;
        }
    }

    /**
     * The statements of the page's request, the fewer of two (after one request that fills
     * whatever is cached per application); the page must answer 200.
     */
    private static long statements(FacesHttp browser, String path) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = browser.get(path);
            assertEquals(200, page.statusCode(), path);
            String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            HttpResponse<String> count = browser.get("/statement-counts?path=" + pathOnly);
            assertEquals(200, count.statusCode(), "no statement count for " + path + ": is the inspector installed?");
            if (i > 0) {
                fewest = Math.min(fewest, Long.parseLong(count.body().strip()));
            }
        }
        return fewest;
    }

    /** The page answers with its pager: the range shown, and links to the pages before and after. */
    private static void assertPaged(FacesHttp browser, String path, String range) {
        HttpResponse<String> page = browser.get(path);
        assertEquals(200, page.statusCode(), path);
        String body = page.body();
        assertTrue(java.util.regex.Pattern.compile(range).matcher(body).find(), path + " shows " + range);
        assertTrue(body.contains("page=1") && body.contains("page=3"), path + " links to pages 1 and 3");
    }

    /** SO-CYB-2 is the first objective the generator writes: its id is the same at every scale. */
    private static String firstGeneratedObjective(FacesHttp browser) {
        for (int id = 1; id < 200; id++) {
            HttpResponse<String> page = browser.get("/objectives/detail.xhtml?id=" + id);
            if (page.statusCode() == 200 && page.body().contains("SO-CYB-2<")) {
                return String.valueOf(id);
            }
        }
        throw new AssertionError("SO-CYB-2 not found");
    }

    private static FacesHttp signIn(String base, String username) {
        FacesHttp browser = new FacesHttp(base);
        assertEquals(200, browser.get("/login.xhtml").statusCode());
        assertTrue(FacesHttp.signedIn(browser.login(username, DemoData.PASSWORD)), username + " signs in");
        return browser;
    }
}
