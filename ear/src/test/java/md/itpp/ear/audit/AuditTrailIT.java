package md.itpp.ear.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.audit.AuditAnchor;
import md.itpp.domain.audit.AuditBreak;
import md.itpp.domain.audit.AuditEvent;
import md.itpp.domain.audit.AuditVerification;
import md.itpp.ear.Deployments;
import md.itpp.ear.services.RunAsRole;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.testkit.FacesHttp;
import md.itpp.testkit.ObjectiveFixture;

/**
 * The audit trail in the real EAR: state changes are recorded with before and after; parallel
 * appends never fork the chain; an edited or deleted row is reported at the event where the
 * chain breaks, by the service and by the command-line check; only auditors and IT read it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {AuditProbe.class},
                AuditTrailIT.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsReviewer.class, RunAsRole.AsAdmin.class,
                RunAsRole.AsAuditor.class));
    }

    @EJB
    private AuditTrail auditTrail;
    @EJB
    private AuditService audit;
    @EJB
    private AuditProbe probe;
    @EJB
    private DraftingService drafting;
    @EJB
    private ReferenceService reference;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsAuditor auditor;
    @EJB
    private RunAsRole.AsAdmin admin;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL deploymentUrl;

    private List<AuditEvent> eventsOf(String type, Object id) {
        return auditor.call(() -> audit.find(new AuditFilter(null, null, null, null, type, String.valueOf(id)), 0, 100));
    }

    @Test
    void draftingRecordsCreationAndSavesWithBeforeAndAfter() {
        String code = "SO-AUD-" + (System.nanoTime() % 1_000_000);
        // The science area, which the browser tests do not count, as in DraftingServiceIT.
        ObjectiveFixture objective = ObjectiveFixture.objective(code).title("Audited " + code, "Auditat " + code)
                .area(negotiator.call(() -> reference.areas()), "SCI")
                .lead(negotiator.call(() -> reference.institutions()), "STISC");
        SaveResult created = negotiator.call(() -> drafting.create(null, objective.draft(),
                UUID.randomUUID().toString()));
        ObjectiveDraft changed = objective.text("Other text.", "Alt text.").draft();
        negotiator.call(() -> drafting.save(created.objectiveId(), created.version(), changed,
                UUID.randomUUID().toString()));

        List<AuditEvent> events = eventsOf(DraftingService.AUDIT_TYPE, created.objectiveId());
        assertEquals(2, events.size(), "newest first: save, create");
        AuditEvent save = events.get(0);
        AuditEvent create = events.get(1);
        assertEquals("objective.create", create.getAction());
        assertEquals("objective.save", save.getAction());
        assertTrue(save.getActor().length() > 0);
        assertNull(create.getBefore());
        assertTrue(create.getAfter().contains("\"revision\":1"), create.getAfter());
        assertEquals(create.getAfter(), save.getBefore());
        assertTrue(save.getAfter().contains("\"revision\":2"), save.getAfter());
        assertTrue(save.getNumber() > create.getNumber());
    }

    @Test
    void parallelAppendsNeverForkTheChain() throws Exception {
        String object = "parallel-" + UUID.randomUUID();
        int writers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> numbers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            numbers.add(executor.submit(() -> {
                start.await();
                return auditTrail.record("tester", "test.parallel", "Test", object, null, "{\"n\":" + n + "}");
            }));
        }
        start.countDown();
        Set<Long> distinct = new TreeSet<>();
        for (Future<Long> number : numbers) {
            distinct.add(number.get(60, TimeUnit.SECONDS));
        }
        assertEquals(writers, distinct.size(), "every append got its own number");
        assertEquals(writers, eventsOf("Test", object).size());
        AuditVerification result = auditor.call(() -> audit.verify());
        assertTrue(result.isIntact(), result.toString());
    }

    @Test
    void anEditedRowIsReportedAtItsEventByThePageServiceAndTheCommand() throws Exception {
        String object = "tamper-" + UUID.randomUUID();
        long target = auditTrail.record("tester", "test.tamper", "Test", object, null, "{\"amount\":100}");
        auditTrail.record("tester", "test.tamper", "Test", object, "{\"amount\":100}", "{\"amount\":200}");
        assertTrue(auditor.call(() -> audit.verify()).isIntact());

        String original = probe.editAfter(target, "{\"amount\":1}");
        try {
            AuditVerification seen = auditor.call(() -> audit.verify());
            assertEquals(target, seen.brokenAt(), seen.toString());
            assertEquals(AuditBreak.ALTERED, seen.problem());
            AuditVerification command = probe.verifyOverJdbc();
            assertEquals(seen, command);
        } finally {
            probe.editAfter(target, original);
        }
        assertTrue(auditor.call(() -> audit.verify()).isIntact());
        assertTrue(probe.verifyOverJdbc().isIntact());
    }

    @Test
    void aRewriteWithRecomputedHashesPassesAloneAndFailsAgainstTheAnchors() throws Exception {
        String object = "anchor-" + UUID.randomUUID();
        long target = auditTrail.record("tester", "test.anchor", "Test", object, null, "{\"amount\":100}");
        java.nio.file.Path anchors = java.nio.file.Files.createTempFile("itpp-anchors", ".txt");
        try {
            // What AuditAnchorWriter appends at a start or at night.
            java.nio.file.Files.writeString(anchors, "# anchors\n"
                    + new AuditAnchor(java.time.Instant.now(), target, probe.hashOf(target)).line() + "\n");
            assertTrue(probe.verifyOverJdbc(anchors).isIntact());
            String[] original = probe.rewriteNewest(target, "{\"amount\":1}", null);
            try {
                assertTrue(probe.verifyOverJdbc().isIntact(), "the rewrite is consistent on its own");
                AuditVerification seen = probe.verifyOverJdbc(anchors);
                assertEquals(target, seen.brokenAt(), seen.toString());
                assertEquals(AuditBreak.ANCHOR_MISMATCH, seen.problem());
            } finally {
                probe.rewriteNewest(target, original[0], original[1]);
            }
            assertTrue(probe.verifyOverJdbc(anchors).isIntact());
        } finally {
            java.nio.file.Files.delete(anchors);
        }
    }

    @Test
    void deletedRowsAreReportedInTheMiddleAndAtTheEnd() throws Exception {
        String object = "delete-" + UUID.randomUUID();
        long first = auditTrail.record("tester", "test.delete", "Test", object, null, "{}");
        long second = auditTrail.record("tester", "test.delete", "Test", object, "{}", "{\"x\":1}");

        List<Object> row = probe.delete(first);
        try {
            AuditVerification seen = admin.call(() -> audit.verify());
            assertEquals(second, seen.brokenAt(), seen.toString());
            assertEquals(AuditBreak.MISSING_EVENTS, seen.problem());
            assertEquals(seen, probe.verifyOverJdbc());
        } finally {
            probe.insert(row);
        }
        List<Object> last = probe.delete(second);
        try {
            AuditVerification seen = auditor.call(() -> audit.verify());
            assertEquals(second, seen.brokenAt(), seen.toString());
            assertEquals(AuditBreak.MISSING_TAIL, seen.problem());
        } finally {
            probe.insert(last);
        }
        assertTrue(auditor.call(() -> audit.verify()).isIntact());
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() {
        auditTrail.record("tester", "test.read", "Test", "read", null, null);
        assertThrows(EJBAccessException.class, () -> negotiator.call(() -> audit.count(AuditFilter.none())));
        assertThrows(EJBAccessException.class, () -> consultee.call(() -> audit.verify()));
        assertThrows(EJBAccessException.class, () -> audit.find(AuditFilter.none(), 0, 10));
        assertTrue(admin.call(() -> audit.count(AuditFilter.none())) > 0);
    }

    @Test
    void theAuditorsPageSearchesExportsAndVerifiesFromItsAddress() throws Exception {
        FacesHttp auditorBrowser =
                new FacesHttp("http://127.0.0.1:" + deploymentUrl.getPort());
        assertTrue(FacesHttp.signedIn(
                auditorBrowser.login("auditor", md.itpp.quickstart.DemoData.PASSWORD)));
        java.net.http.HttpResponse<String> page = auditorBrowser.get("/audit/events.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("login.success"), "the page lists the auditor's own sign-in");
        assertTrue(page.body().contains("value=\"stateless\""), "a page read with GET keeps no view state in the session");

        // The search is the address: the fields show it again, the rows match it.
        java.net.http.HttpResponse<String> found = auditorBrowser.get("/audit/events.xhtml?actor=auditor&action=login.");
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("id=\"actor\" name=\"actor\" type=\"text\" maxlength=\"64\"")
                && found.body().contains("value=\"auditor\""), "the field shows the search");
        java.util.List<String> actions = java.util.regex.Pattern.compile("<span class=\"event-action\">([^<]*)</span>")
                .matcher(found.body()).results().map(m -> m.group(1)).toList();
        assertFalse(actions.isEmpty(), "the auditor's sign-ins are listed");
        assertTrue(actions.stream().allMatch(a -> a.startsWith("login.")), () -> "only sign-in events: " + actions);

        // Export: the same search as CSV.
        java.net.http.HttpResponse<String> csv =
                auditorBrowser.get("/audit/events.xhtml?actor=auditor&action=login.&export=csv");
        assertEquals(200, csv.statusCode(), () -> "export refused: " + csv.headers().map()
                + " body " + csv.body().substring(0, Math.min(2000, csv.body().length())));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("number,occurred_at_utc,actor,action"), lines[0]);
        assertTrue(lines.length > 1, "at least the sign-in above");
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("\"auditor\",\"login."), "only the filtered events: " + lines[i]);
        }

        // Verification, and what the address cannot mean.
        java.net.http.HttpResponse<String> verified = auditorBrowser.get("/audit/events.xhtml?verify=chain");
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("The audit chain is intact"), "the result is shown on the page");
        java.net.http.HttpResponse<String> odd = auditorBrowser.get("/audit/events.xhtml?from=yesterday&page=x");
        assertEquals(200, odd.statusCode());
        assertTrue(odd.body().contains("was not understood and has been left out"), "a message, not an error page");
        assertTrue(odd.body().contains("login.success"), "the unfiltered trail instead");
        java.net.http.HttpResponse<String> oddExport = auditorBrowser.get("/audit/events.xhtml?from=2026-02-30&export=csv");
        assertTrue(oddExport.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "no file for a filter with a day that does not exist");
        assertTrue(oddExport.body().contains("was not understood and has been left out"));
    }

    @Test
    void filtersNarrowInTheDatabase() {
        String object = "filter-" + UUID.randomUUID();
        auditTrail.record("filter.user", "test.filterOne", "Test", object, null, null);
        auditTrail.record("filter.user", "test.filterTwo", "Test", object, null, null);
        assertEquals(2, auditor.call(() -> audit.count(new AuditFilter(null, null, null, null, "Test", object))));
        assertEquals(1, auditor.call(() -> audit.count(
                new AuditFilter(null, null, "filter.user", "test.filterO", "Test", object))));
        // A wildcard typed by the user matches only itself.
        assertEquals(0, auditor.call(() -> audit.count(new AuditFilter(null, null, null, "test.%", "Test", object))));
        assertEquals(0, auditor.call(() -> audit.count(new AuditFilter(
                java.time.Instant.now().plusSeconds(3600), null, null, null, "Test", object))));
    }
}
