package md.itpp.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.ear.Deployments;
import md.itpp.ear.services.RunAsRole;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundSummary;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodSummary;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.testkit.FacesHttp;
import md.itpp.testkit.ObjectiveFixture;

/**
 * Every resource of the API for every demo role, over real HTTP with each one's own token: one
 * table of expected statuses, written from the roles the issue and the pages give each role
 * (not read from the application). Objects of another institution answer 404, writes the role
 * may not make 403, and writes it may make with a stale If-Match 412 (so that nothing changes).
 * For every role also: its session cookie opens no API and its token opens no page.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

    private static final String API = "/api/v1";
    /** A version no object has: writes that pass the role and visibility checks answer 412 and change nothing. */
    private static final String STALE = "\"987654321\"";

    /**
     * The demo accounts, one per role (the consultees as an expert and a focal point of the
     * Ministry of Defence, MA), and a consultee of the Ministry of Internal Affairs (MAI) for
     * objects of another institution.
     */
    private static final List<String> USERS = List.of("negotiator", "expert.ma", "focal.ma", "consultee.mai",
            "reviewer", "approver", "admin", "auditor");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                ApiAccessIT.class, ApiClient.class, RunAsRole.class, RunAsRole.AsNegotiator.class));
    }

    @ArquillianResource
    private URL deploymentUrl;

    @EJB
    private ObjectiveService objectives;
    @EJB
    private DraftingService drafting;
    @EJB
    private ReferenceService reference;
    @EJB
    private ConsultationService consultation;
    @EJB
    private MonitoringService monitoring;
    @EJB
    private RunAsRole.AsNegotiator negotiator;

    private String base() {
        return "http://127.0.0.1:" + deploymentUrl.getPort();
    }

    /** One row: a call and the status expected for each of {@link #USERS}, in that order. */
    private record Row(String method, String path, String body, String ifMatch, int... expected) {
    }

    private static Row get(String path, int... expected) {
        return new Row("GET", path, null, null, expected);
    }

    private static Row write(String method, String path, String body, int... expected) {
        return new Row(method, path, body, STALE, expected);
    }

    @Test
    void everyResourceForEveryRole() throws Exception {
        long cyber = objectiveId("SO-CYB-1");      // led by STISC, MA contributes, MAI does not
        long period = demoPeriod();
        long reportMa = report(period, "PG-INT-1.1"); // led by MA, no contributors: not MAI's
        long roundMa = roundForMinistryOfDefenceOnly();
        long demoRound = negotiator.call(() -> consultation.rounds()).stream().map(RoundSummary::id).sorted()
                .findFirst().orElseThrow();            // the demo round invites MA and MAI

        //                 negotiator expert.ma focal.ma consultee.mai reviewer approver admin auditor
        List<Row> table = List.of(
                get("/programme", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/areas", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/institutions", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/objectives", 200, 200, 200, 200, 200, 200, 403, 200),
                get("/objectives/" + cyber, 200, 200, 200, 404, 200, 200, 403, 200),
                get("/objectives/" + cyber + "/revisions", 200, 200, 200, 404, 200, 200, 403, 200),
                get("/objectives/" + cyber + "/revisions/1", 200, 200, 200, 404, 200, 200, 403, 200),
                get("/objectives/" + cyber + "/approval", 200, 200, 200, 404, 200, 200, 403, 200),
                get("/objectives/" + Long.MAX_VALUE, 404, 404, 404, 404, 404, 404, 403, 404),
                get("/consultations", 200, 200, 200, 200, 403, 403, 403, 200),
                get("/consultations/" + demoRound, 200, 200, 200, 200, 403, 403, 403, 200),
                get("/consultations/" + roundMa, 200, 200, 200, 404, 403, 403, 403, 200),
                get("/monitoring/periods", 200, 200, 200, 200, 403, 403, 403, 200),
                get("/monitoring/periods/" + period, 200, 200, 200, 200, 403, 403, 403, 200),
                get("/monitoring/reports/" + reportMa, 200, 200, 200, 404, 403, 403, 403, 200),
                get("/monitoring/reports/" + Long.MAX_VALUE, 404, 404, 404, 404, 403, 403, 403, 404),
                get("/audit/events?size=1", 403, 403, 403, 403, 403, 403, 200, 200),
                write("POST", "/objectives/" + cyber + "/translation-confirmation", "{}",
                        412, 403, 403, 403, 403, 403, 403, 403),
                write("POST", "/objectives/" + cyber + "/submission", "{\"reason\":\"Access table\"}",
                        412, 403, 403, 403, 403, 403, 403, 403),
                write("PUT", "/monitoring/reports/" + reportMa, "{\"narrativeRo\":\"Tabel\"}",
                        403, 412, 412, 404, 403, 403, 403, 403),
                write("POST", "/monitoring/reports/" + reportMa + "/submission", "{}",
                        403, 412, 412, 404, 403, 403, 403, 403));

        Map<String, ApiClient> clients = new LinkedHashMap<>();
        for (String user : USERS) {
            clients.put(user, signInAndCheckTheWall(user));
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            assertEquals(USERS.size(), row.expected().length, row.path());
            for (int i = 0; i < USERS.size(); i++) {
                String user = USERS.get(i);
                HttpResponse<String> response = send(clients.get(user), row);
                int expected = row.expected()[i];
                if (response.statusCode() != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + user + ": " + response.statusCode()
                            + " (expected " + expected + ") " + abbreviated(response.body()));
                } else if (expected != 200 && !response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")) {
                    wrong.add(row.method() + " " + row.path() + " as " + user + ": no problem details");
                } else if (expected == 200 && !"no-store".equals(response.headers().firstValue("Cache-Control").orElse(""))) {
                    wrong.add(row.method() + " " + row.path() + " as " + user + ": not Cache-Control: no-store");
                }
            }
        }
        assertEquals(List.of(), wrong, () -> String.join("\n", wrong));

        // The reports visible to MAI are exactly those of the period view the pages show it.
        JsonObject periodForMai = ApiClient.object(clients.get("consultee.mai").get(API + "/monitoring/periods/" + period));
        List<Long> maiRows = periodForMai.getJsonArray("reports").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertFalse(maiRows.contains(reportMa), maiRows::toString);
        assertFalse(periodForMai.containsKey("overall"), "figures of the whole period are for negotiators and auditors");
        assertTrue(ApiClient.object(clients.get("auditor").get(API + "/monitoring/periods/" + period))
                .containsKey("overall"));
    }

    /** Reads of versioned things carry an ETag that changes when the thing does. */
    @Test
    void roundsCarryAnETagThatFollowsTheirChanges() throws Exception {
        ApiClient negotiatorApi = ApiClient.forUser(base(), "negotiator", "etag " + UUID.randomUUID());
        String code = newObjective();
        Instant deadline = Instant.now().plus(Duration.ofDays(10));
        long round = negotiator.call(() -> consultation.create("ETag round " + code, deadline, List.of(code),
                List.of(institutionId("MA"))));
        HttpResponse<String> planned = negotiatorApi.get(API + "/consultations/" + round);
        assertEquals(200, planned.statusCode(), planned::body);
        String before = planned.headers().firstValue("ETag").orElseThrow();
        long version = ApiClient.object(planned).getJsonNumber("version").longValue();
        assertTrue(before.startsWith("W/\"" + version + "-"), before);
        assertEquals(before, negotiatorApi.get(API + "/consultations/" + round).headers().firstValue("ETag").orElseThrow(),
                "the same round reads with the same ETag");
        negotiator.call(() -> {
            consultation.open(round, version);
            return null;
        });
        String after = negotiatorApi.get(API + "/consultations/" + round).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(before, after);

        long period = demoPeriod();
        HttpResponse<String> periodRead = negotiatorApi.get(API + "/monitoring/periods/" + period);
        assertTrue(periodRead.headers().firstValue("ETag").orElse("").startsWith("W/\""), () -> periodRead.headers().toString());
        HttpResponse<String> reportRead = negotiatorApi.get(API + "/monitoring/reports/" + report(period, "SO-INT-1"));
        assertEquals("\"" + ApiClient.object(reportRead).getJsonNumber("version").longValue() + "\"",
                reportRead.headers().firstValue("ETag").orElseThrow());
    }

    /**
     * Signs in through the login form and makes a token on the tokens page; checks on the way
     * that the session cookie opens no API and that the token alone opens no page.
     */
    private ApiClient signInAndCheckTheWall(String user) throws Exception {
        FacesHttp browser = new FacesHttp(base());
        assertTrue(FacesHttp.signedIn(browser.login(user, ApiClient.PASSWORD)), user);
        ApiClient client = new ApiClient(base(),
                ApiClient.createToken(browser, "access " + UUID.randomUUID(), LocalDate.now().plusDays(2)));
        HttpResponse<String> withCookie = browser.get(API + "/programme");
        assertEquals(401, withCookie.statusCode(), () -> user + "'s session cookie opened the API");
        HttpResponse<String> page = client.getPage("/account/tokens.xhtml");
        assertEquals(302, page.statusCode(), () -> user + "'s token opened a page");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        return client;
    }

    private static HttpResponse<String> send(ApiClient client, Row row) throws Exception {
        return switch (row.method()) {
            case "GET" -> client.get(API + row.path());
            case "POST" -> client.postJson(API + row.path(), row.body(), row.ifMatch());
            case "PUT" -> client.putJson(API + row.path(), row.body(), row.ifMatch());
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    private long objectiveId(String code) {
        ObjectiveQuery query = new ObjectiveQuery();
        query.setText(code);
        return negotiator.call(() -> objectives.find(query, 0, 10)).stream()
                .filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long demoPeriod() {
        return negotiator.call(() -> monitoring.periods()).stream().filter(p -> p.year() == 2025)
                .map(PeriodSummary::id).findFirst().orElseThrow();
    }

    private long report(long period, String objectiveCode) {
        return negotiator.call(() -> monitoring.period(period)).reports().stream()
                .filter(r -> r.objectiveCode().equals(objectiveCode)).map(PeriodView.ReportRow::id)
                .findFirst().orElseThrow();
    }

    private long institutionId(String code) {
        return ObjectiveFixture.institutionId(negotiator.call(() -> reference.institutions()), code);
    }

    /** A new objective led by the Ministry of Finance, for a round of the test's own. */
    private String newObjective() {
        String code = "SO-ACX-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase(Locale.ROOT);
        var draft = ObjectiveFixture.objective(code).title("Access networks " + code, "Rețele de acces " + code)
                .text("Connect the networks.", "Conectarea rețelelor.").source(SourceInstrument.SPS)
                .priority(Priority.LOW).area(negotiator.call(() -> reference.areas()), "SCI")
                .lead(institutionId("MF")).milestone(2026, "Connected", "Conectate")
                .indicator("Networks", "Rețele", "0", "3", "networks", "Report").draft();
        negotiator.call(() -> drafting.create(null, draft, UUID.randomUUID().toString()));
        return code;
    }

    /** An open round that invites the Ministry of Defence only. */
    private long roundForMinistryOfDefenceOnly() {
        String code = newObjective();
        Instant deadline = Instant.now().plus(Duration.ofDays(10));
        long round = negotiator.call(() -> consultation.create("Access round " + code, deadline, List.of(code),
                List.of(institutionId("MA"))));
        long version = negotiator.call(() -> consultation.round(round)).version();
        negotiator.call(() -> {
            consultation.open(round, version);
            return null;
        });
        return round;
    }
}
