package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.CodeAlreadyUsedException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.RevisionKind;
import md.itpp.domain.objective.RevisionNotFoundException;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.ear.Deployments;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.FieldDiff;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.RevisionComparison;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.testkit.ObjectiveFixture;

/**
 * Drafting in the real EAR on Payara Server: creation and saves write numbered revisions, a
 * stale or racing save is refused with ConcurrentEditException and loses nobody's work, a
 * replayed form saves once, and only negotiators write.
 */
@ExtendWith(ArquillianExtension.class)
class DraftingServiceIT {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                DraftingServiceIT.class, RunAsRole.class, RunAsRole.AsNegotiator.class,
                RunAsRole.AsConsultee.class, RunAsRole.AsReviewer.class, RunAsRole.AsAdmin.class,
                RunAsRole.AsAuditor.class));
    }

    @EJB
    private DraftingService drafting;
    @EJB
    private ObjectiveService objectives;
    @EJB
    private ReferenceService reference;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsReviewer reviewer;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsAuditor auditor;
    @EJB
    private RunAsRole.AsAdmin admin;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private long institution(String code) {
        return ObjectiveFixture.institutionId(negotiator.call(() -> reference.institutions()), code);
    }

    private long area(String code) {
        return ObjectiveFixture.areaId(negotiator.call(() -> reference.areas()), code);
    }

    private static String newCode() {
        return "SO-IT-" + CODES.incrementAndGet() + "-" + (System.nanoTime() % 100000);
    }

    private ObjectiveDraft draft(String code, String titleEn, String textEn, String textRo) {
        return ObjectiveFixture.objective(code).area(area("SCI")).title(titleEn, "Titlu " + code).text(textEn, textRo)
                .notes("Budget", "Risks", "Context").lead(institution("STISC"))
                .contributors(negotiator.call(() -> reference.institutions()), "MA", "SIS")
                .withMilestone().milestone(2025, "Assessment", "Evaluare").withIndicator().draft();
    }

    private SaveResult create(String code) {
        return negotiator.call(() -> drafting.create(null, draft(code, "Title " + code, "Text one.", "Textul unu."),
                UUID.randomUUID().toString()));
    }

    private long revisions(long id) {
        return auditor.call(() -> drafting.countRevisions(id));
    }

    @Test
    void creatingAndSavingWriteNumberedRevisions() {
        String code = newCode();
        SaveResult created = create(code);
        assertEquals(1, created.revision());
        Objective objective = auditor.call(() -> objectives.getObjective(created.objectiveId()));
        assertEquals(List.of(2025, 2026), objective.getMilestones().stream().map(Milestone::getYear).toList(),
                "kept by year");
        assertEquals(2, objective.getContributingInstitutions().size());

        SaveResult saved = negotiator.call(() -> drafting.save(created.objectiveId(), created.version(),
                draft(code, "Title " + code, "Text two.", "Textul doi."), UUID.randomUUID().toString()));
        assertEquals(2, saved.revision());
        assertTrue(saved.version() > created.version());

        SaveResult unchanged = negotiator.call(() -> drafting.save(created.objectiveId(), saved.version(),
                draft(code, "Title " + code, "Text two.", "Textul doi."), UUID.randomUUID().toString()));
        assertFalse(unchanged.changed(), "a save that changes nothing writes no revision");
        assertEquals(saved.version(), unchanged.version());
        assertEquals(2, revisions(created.objectiveId()));

        List<RevisionSummary> history = reviewer.call(() -> drafting.revisions(created.objectiveId(), 0, 10));
        assertEquals(List.of(2, 1), history.stream().map(RevisionSummary::number).toList());
        assertEquals("NEGOTIATOR", history.get(0).author());
        assertEquals(RevisionKind.CREATED, history.get(1).kind());
        assertTrue(history.get(0).sha256().matches("[0-9a-f]{64}"));
        assertFalse(history.get(0).sha256().equals(history.get(1).sha256()));

        RevisionComparison comparison = reviewer.call(() -> drafting.compare(created.objectiveId(), 1, 2));
        List<String> changed = comparison.changedFields().stream().map(FieldDiff::field).toList();
        assertEquals(List.of("textEn", "textRo"), changed);
        FieldDiff text = comparison.changedFields().get(0);
        assertTrue(text.before().stream().anyMatch(s -> s.isDeleted() && s.text().equals("one")), text.toString());
        assertTrue(text.after().stream().anyMatch(s -> s.isInserted() && s.text().equals("two")), text.toString());
        assertThrows(RevisionNotFoundException.class,
                () -> reviewer.call(() -> drafting.compare(created.objectiveId(), 1, 99)));
    }

    @Test
    void countsByStatusFollowEveryChangeAtOnce() {
        // The home page's counts are kept between requests until the audit trail moves.
        long drafts = draftCount();
        assertEquals(drafts, draftCount(), "read twice with nothing in between");
        create(newCode());
        assertEquals(drafts + 1, draftCount(), "a new draft is counted at once, not after the cache's lifetime");
        assertThrows(RuntimeException.class, () -> negotiator.call(() -> drafting.create(null,
                draft("", "Title", "Text.", "Text."), UUID.randomUUID().toString())));
        assertEquals(drafts + 1, draftCount(), "a refused creation counts nothing");
        create(newCode());
        assertEquals(drafts + 2, draftCount());
        assertEquals(draftCount(), (long) auditor.call(() -> objectives.countByStatus())
                .getOrDefault(ObjectiveStatus.DRAFT, 0L), "every reader who sees all gets the same counts");
    }

    private long draftCount() {
        return negotiator.call(() -> objectives.countByStatus()).getOrDefault(ObjectiveStatus.DRAFT, 0L);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        SaveResult created = create(newCode());
        String code = auditor.call(() -> objectives.getObjective(created.objectiveId())).getCode();
        negotiator.call(() -> drafting.save(created.objectiveId(), created.version(),
                draft(code, "First editor", "First.", "Primul."), UUID.randomUUID().toString()));
        assertThrows(ConcurrentEditException.class, () -> negotiator.call(() -> drafting.save(created.objectiveId(),
                created.version(), draft(code, "Second editor", "Second.", "Al doilea."), UUID.randomUUID().toString())));
        assertEquals("First editor", auditor.call(() -> objectives.getObjective(created.objectiveId())).getTitleEn());
        assertEquals(2, revisions(created.objectiveId()));
    }

    @Test
    void parallelSavesLoseNothingAndWriteOneRevisionEach() throws Exception {
        SaveResult created = create(newCode());
        long id = created.objectiveId();
        String code = auditor.call(() -> objectives.getObjective(id)).getCode();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, String> savedTitles = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            futures.add(executor.submit(() -> {
                try {
                    long version = negotiator.call(() -> objectives.getObjective(id)).getVersion();
                    start.await(30, TimeUnit.SECONDS);
                    String title = "Parallel title " + n;
                    SaveResult result = negotiator.call(() -> drafting.save(id, version,
                            draft(code, title, "Parallel text " + n, "Text paralel " + n),
                            UUID.randomUUID().toString()));
                    savedTitles.put(result.revision(), title);
                } catch (ConcurrentEditException e) {
                    conflicts.incrementAndGet();
                } catch (Throwable e) {
                    unexpected.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        assertTrue(unexpected.isEmpty(), "only conflicts may fail a save: " + unexpected);
        assertFalse(savedTitles.isEmpty(), "at least one save wins");
        assertEquals(threads, savedTitles.size() + conflicts.get());
        assertEquals(1 + savedTitles.size(), revisions(id), "one revision per successful save");
        int last = Collections.max(savedTitles.keySet());
        assertEquals(1 + savedTitles.size(), last, "revision numbers without gaps or duplicates");
        Objective after = auditor.call(() -> objectives.getObjective(id));
        assertEquals(savedTitles.get(last), after.getTitleEn(), "the last successful save is what is stored");
        assertEquals(savedTitles.get(last).replace("title", "text"), after.getTextEn());
    }

    @Test
    void replayingAFormSavesOnce() {
        String code = newCode();
        String token = UUID.randomUUID().toString();
        ObjectiveDraft draft = draft(code, "Replayed", "Text.", "Text.");
        SaveResult first = negotiator.call(() -> drafting.create(null, draft, token));
        SaveResult again = negotiator.call(() -> drafting.create(null, draft, token));
        assertEquals(first.objectiveId(), again.objectiveId());
        assertEquals(first.revision(), again.revision());
        assertTrue(again.replayed());

        String saveToken = UUID.randomUUID().toString();
        ObjectiveDraft changed = draft(code, "Replayed and changed", "Text.", "Text.");
        SaveResult saved = negotiator.call(() -> drafting.save(first.objectiveId(), first.version(), changed, saveToken));
        SaveResult replay = negotiator.call(() -> drafting.save(first.objectiveId(), first.version(), changed, saveToken));
        assertEquals(saved.revision(), replay.revision());
        assertTrue(replay.replayed(), "the stale version of a replay does not matter: it is answered, not saved");
        assertEquals(2, revisions(first.objectiveId()));
        assertThrows(ValidationException.class, () -> negotiator.call(() -> drafting.save(first.objectiveId(),
                saved.version(), changed, "' or 1=1 --")));
    }

    @Test
    void theTranslationRuleAndItsConfirmationAreRecorded() {
        SaveResult created = create(newCode());
        long id = created.objectiveId();
        String code = auditor.call(() -> objectives.getObjective(id)).getCode();
        SaveResult saved = negotiator.call(() -> drafting.save(id, created.version(),
                draft(code, "Title " + code, "English changed.", "Textul unu."), UUID.randomUUID().toString()));
        assertTrue(auditor.call(() -> objectives.getObjective(id)).isTranslationOutdated());
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> drafting.confirmTranslation(id,
                saved.version(), UUID.randomUUID().toString())));
        SaveResult confirmed = negotiator.call(() -> drafting.confirmTranslation(id, saved.version(),
                UUID.randomUUID().toString()));
        assertEquals(3, confirmed.revision());
        assertFalse(auditor.call(() -> objectives.getObjective(id)).isTranslationOutdated());
        assertEquals(RevisionKind.TRANSLATION_CONFIRMED,
                auditor.call(() -> drafting.revisions(id, 0, 1)).get(0).kind());
    }

    @Test
    void forgedReferencesAndDuplicateCodesAreRefused() {
        String code = newCode();
        SaveResult created = create(code);
        assertThrows(CodeAlreadyUsedException.class, () -> create(code));
        ObjectiveDraft good = draft(code, "T", "x", "y");
        ObjectiveDraft badArea = new ObjectiveDraft(newCode(), Long.MAX_VALUE, good.content(),
                good.leadInstitutionId(), good.contributorIds(), good.milestones(), good.indicators());
        assertThrows(ValidationException.class, () -> negotiator.call(() -> drafting.create(null, badArea, null)));
        ObjectiveDraft badLead = new ObjectiveDraft(code, null, good.content(), Long.MAX_VALUE,
                good.contributorIds(), good.milestones(), good.indicators());
        assertThrows(ValidationException.class, () -> negotiator.call(() -> drafting.save(created.objectiveId(),
                created.version(), badLead, null)));
        ObjectiveDraft badYear = new ObjectiveDraft(code, null, good.content(), good.leadInstitutionId(),
                good.contributorIds(), List.of(new Milestone(2031, "Late", null)), good.indicators());
        assertThrows(ValidationException.class, () -> negotiator.call(() -> drafting.save(created.objectiveId(),
                created.version(), badYear, null)));
        assertThrows(ObjectiveNotFoundException.class, () -> negotiator.call(() -> drafting.save(Long.MAX_VALUE,
                0, good, null)));
        assertThrows(ObjectiveNotFoundException.class, () -> negotiator.call(() -> drafting.create(Long.MAX_VALUE,
                draft(newCode().replace("SO", "PG"), "T", "x", "y"), null)));
        assertThrows(AccessDeniedException.class,
                () -> consultee.call(() -> drafting.revisions(created.objectiveId(), 0, 10)));
        assertEquals(1, revisions(created.objectiveId()));
    }

    @Test
    void onlyNegotiatorsWrite() {
        SaveResult created = create(newCode());
        ObjectiveDraft draft = draft(newCode(), "T", "x", "y");
        assertRefused(() -> reviewer.call(() -> drafting.create(null, draft, null)));
        assertRefused(() -> auditor.call(() -> drafting.save(created.objectiveId(), created.version(), draft, null)));
        assertRefused(() -> consultee.call(() -> drafting.save(created.objectiveId(), created.version(), draft, null)));
        assertRefused(() -> admin.call(() -> drafting.revisions(created.objectiveId(), 0, 10)));
        assertRefused(() -> drafting.save(created.objectiveId(), created.version(), draft, null));
        assertRefused(() -> drafting.countRevisions(created.objectiveId()));
        assertEquals(1, revisions(created.objectiveId()));
    }

    private static void assertRefused(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected an EJBAccessException, got " + thrown, thrown);
    }
}
