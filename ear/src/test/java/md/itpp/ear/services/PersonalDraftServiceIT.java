package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.ear.Deployments;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.KeptDraft;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.PersonalDraftService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.testkit.ObjectiveFixture;

/**
 * Personal drafts in the real EAR on Payara Server: kept, found and discarded by their owner
 * only, ended by the owner's save (and kept by a refused one), stale once someone else saved,
 * and refused to everyone who may not edit objectives.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDraftServiceIT {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.releaseEarWithDemoData(
                PersonalDraftServiceIT.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsReviewer.class, RunAsRole.AsAdmin.class,
                RunAsRole.AsAuditor.class, RunAsRole.AsApprover.class, ApprovalActors.class,
                ApprovalActors.AsApproverTwo.class, ApprovalActors.AsReviewerTwo.class,
                ApprovalActors.AsAuthorReviewer.class, ApprovalActors.AsAdminApprover.class);
        // The approval tests' mapping: AUTHOR_REVIEWER is a second negotiator, another person.
        WebArchive web = ear.getAsType(WebArchive.class, Deployments.WEB_MODULE);
        web.addAsWebInfResource("approval/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        web.addAsWebInfResource("approval/glassfish-web.xml", "glassfish-web.xml");
        ear.addAsManifestResource("approval/glassfish-application.xml", "glassfish-application.xml");
        return ear;
    }

    @EJB
    private PersonalDraftService personalDrafts;
    @EJB
    private DraftingService drafting;
    @EJB
    private ReferenceService reference;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private ApprovalActors.AsAuthorReviewer otherNegotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsReviewer reviewer;
    @EJB
    private RunAsRole.AsApprover approver;
    @EJB
    private RunAsRole.AsAdmin admin;
    @EJB
    private RunAsRole.AsAuditor auditor;

    private ObjectiveDraft draft(String code, String titleEn) {
        return ObjectiveFixture.objective(code)
                .area(ObjectiveFixture.areaId(negotiator.call(() -> reference.areas()), "SCI"))
                .title(titleEn, "Titlu " + code).text("Text.", "Text.").notes("Budget", "Risks", "Context")
                .lead(ObjectiveFixture.institutionId(negotiator.call(() -> reference.institutions()), "STISC"))
                .draft();
    }

    private SaveResult create() {
        String code = "SO-PD-" + CODES.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        return negotiator.call(() -> drafting.create(null, draft(code, "Title " + code), UUID.randomUUID().toString()));
    }

    private Optional<KeptDraft> found(long id) {
        return negotiator.call(() -> personalDrafts.find(id));
    }

    @Test
    void keptFoundReplacedAndDiscardedByItsOwner() {
        SaveResult created = create();
        long id = created.objectiveId();
        assertTrue(found(id).isEmpty());

        Instant first = negotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"typed\"}", created.version()));
        KeptDraft kept = found(id).orElseThrow();
        assertEquals("{\"titleEn\":\"typed\"}", kept.content());
        assertEquals(created.version(), kept.baseVersion());
        assertEquals(first, kept.savedAt());
        assertFalse(kept.stale());

        negotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"typed more\"}", created.version()));
        assertEquals("{\"titleEn\":\"typed more\"}", found(id).orElseThrow().content(), "one draft, replaced");

        assertTrue(negotiator.call(() -> personalDrafts.discard(id)));
        assertTrue(found(id).isEmpty());
        assertFalse(negotiator.call(() -> personalDrafts.discard(id)), "nothing left to discard");
    }

    @Test
    void anotherNegotiatorNeitherSeesNorDiscardsIt() {
        SaveResult created = create();
        long id = created.objectiveId();
        negotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"mine\"}", created.version()));

        assertTrue(otherNegotiator.call(() -> personalDrafts.find(id)).isEmpty());
        assertFalse(otherNegotiator.call(() -> personalDrafts.discard(id)));
        otherNegotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"theirs\"}", created.version()));

        assertEquals("{\"titleEn\":\"mine\"}", found(id).orElseThrow().content());
        assertEquals("{\"titleEn\":\"theirs\"}",
                otherNegotiator.call(() -> personalDrafts.find(id)).orElseThrow().content());
    }

    @Test
    void theOwnersSaveEndsItAndSomeoneElsesMakesItStale() {
        SaveResult created = create();
        long id = created.objectiveId();
        String code = "SO-PD-save-" + (System.nanoTime() % 100000);
        negotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"mine\"}", created.version()));
        otherNegotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"theirs\"}", created.version()));

        SaveResult saved = otherNegotiator.call(() -> drafting.save(id, created.version(),
                draft(code, "Saved by the other"), UUID.randomUUID().toString()));

        assertTrue(otherNegotiator.call(() -> personalDrafts.find(id)).isEmpty(), "the saver's draft ends");
        KeptDraft mine = found(id).orElseThrow();
        assertTrue(mine.stale(), "the objective moved on since my draft started");
        assertEquals(created.version(), mine.baseVersion());

        assertThrows(ConcurrentEditException.class, () -> negotiator.call(() -> drafting.save(id, created.version(),
                draft(code, "Mine, stale"), UUID.randomUUID().toString())));
        assertTrue(found(id).isPresent(), "a refused save keeps the draft");

        negotiator.call(() -> drafting.save(id, saved.version(), draft(code, "Mine, merged"),
                UUID.randomUUID().toString()));
        assertTrue(found(id).isEmpty());
    }

    @Test
    void emptyContentIsRefused() {
        SaveResult created = create();
        assertThrows(ValidationException.class,
                () -> negotiator.call(() -> personalDrafts.keep(created.objectiveId(), " ", created.version())));
    }

    @Test
    void whoMayNotEditIsRefused() {
        SaveResult created = create();
        long id = created.objectiveId();
        negotiator.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"mine\"}", created.version()));
        for (var caller : new RunAs[] {consultee::call, reviewer::call, approver::call, admin::call, auditor::call}) {
            assertThrows(EJBAccessException.class, () -> caller.call(() -> personalDrafts.find(id)));
            assertThrows(EJBAccessException.class,
                    () -> caller.call(() -> personalDrafts.keep(id, "{\"titleEn\":\"x\"}", created.version())));
            assertThrows(EJBAccessException.class, () -> caller.call(() -> personalDrafts.discard(id)));
        }
        assertThrows(EJBAccessException.class, () -> personalDrafts.find(id), "not signed in");
        assertEquals("{\"titleEn\":\"mine\"}", found(id).orElseThrow().content());
    }

    /** One of the run-as beans. */
    @FunctionalInterface
    private interface RunAs {
        Object call(Callable<Object> work);
    }
}
