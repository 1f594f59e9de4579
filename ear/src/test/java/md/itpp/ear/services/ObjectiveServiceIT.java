package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.ear.Deployments;
import md.itpp.persistence.account.AccountFilter;
import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.approval.ObjectivePage;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.ObjectiveSort;
import md.itpp.persistence.objective.ObjectiveSummary;
import md.itpp.persistence.objective.OutlinePage;
import md.itpp.persistence.objective.OutlineRow;
import md.itpp.persistence.reference.ReferenceService;

/**
 * The services inside the real EAR on Payara Server: migrations applied and mappings valid
 * (else the deployment fails), queries paged and filtered in the database, and every method
 * refused to the roles it is not for.
 */
@ExtendWith(ArquillianExtension.class)
class ObjectiveServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {SchemaProbe.class},
                ObjectiveServiceIT.class, RunAsRole.class,
                RunAsRole.AsNegotiator.class, RunAsRole.AsConsultee.class,
                RunAsRole.AsAdmin.class, RunAsRole.AsAuditor.class));
    }

    @EJB
    private ObjectiveService objectives;
    @EJB
    private ReferenceService reference;
    @EJB
    private ApprovalService approval;
    @EJB
    private AccountService accounts;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsAdmin admin;
    @EJB
    private RunAsRole.AsAuditor auditor;

    @EJB
    private SchemaProbe schema;

    @Test
    void schemaComesFromTheMigrations() {
        assertTrue(schema.successfulMigrations() >= 2, "schema and reference data migrations applied");
    }

    @Test
    void referenceDataIsSeededByMigration() {
        assertEquals(11, negotiator.call(() -> reference.areas()).size());
        assertEquals("ITPP-MDA-2025", admin.call(() -> reference.programme()).getCode());
        assertTrue(negotiator.call(() -> reference.institutions()).size() >= 9);
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        assertRefused(() -> objectives.count(new ObjectiveQuery()));
        assertRefused(() -> objectives.find(new ObjectiveQuery(), 0, 10));
        assertRefused(() -> objectives.getObjective(1L));
        assertRefused(() -> objectives.countByStatus());
        assertRefused(() -> reference.areas());
        assertRefused(() -> accounts.accounts());
    }

    @Test
    void administratorsReadNoProgrammeContentAndOthersNoAccounts() {
        assertRefused(() -> admin.call(() -> objectives.count(new ObjectiveQuery())));
        assertRefused(() -> admin.call(() -> objectives.getObjective(1L)));
        assertFalse(admin.call(() -> accounts.accounts()).isEmpty());
        assertRefused(() -> negotiator.call(() -> accounts.accounts()));
        assertRefused(() -> auditor.call(() -> accounts.accounts()));
    }

    @Test
    void accountsAreFoundByTextRoleInstitutionAndStatusAPageAtATime() {
        List<Account> all = admin.call(() -> accounts.accounts());
        assertEquals(all.size(), admin.call(() -> accounts.count(AccountFilter.none())));
        List<String> byName = all.stream().map(Account::getUsername).toList();
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < all.size(); first += 3) {
            int from = first;
            paged.addAll(admin.call(() -> accounts.find(AccountFilter.none(), from, 3)).stream()
                    .map(Account::getUsername).toList());
        }
        assertEquals(byName, paged, "pages of three, by username, without gaps or repeats");

        // Any case, in the username, the name or the e-mail; % and _ typed match themselves.
        List<Account> negotiators = admin.call(() -> accounts.find(new AccountFilter("NEGOT", null, null, null), 0, 50));
        assertTrue(negotiators.stream().anyMatch(a -> a.getUsername().equals("negotiator")), negotiators.toString());
        assertTrue(negotiators.stream().allMatch(a -> (a.getUsername() + a.getDisplayName() + a.getEmail())
                .toLowerCase(java.util.Locale.ROOT).contains("negot")));
        assertEquals(0L, admin.call(() -> accounts.count(new AccountFilter("%", null, null, null))));
        assertEquals(0L, admin.call(() -> accounts.count(new AccountFilter("no such account", null, null, null))));

        List<Account> reviewers = admin.call(() -> accounts.find(new AccountFilter(null, Role.REVIEWER, null, null), 0, 50));
        assertFalse(reviewers.isEmpty());
        assertTrue(reviewers.stream().allMatch(a -> a.getRoles().contains(Role.REVIEWER)), "roles read with the page");
        assertEquals(all.stream().filter(a -> a.getRoles().contains(Role.REVIEWER)).count(), reviewers.size());

        Account withInstitution = all.stream().filter(a -> a.getInstitution() != null).findFirst().orElseThrow();
        long institutionId = withInstitution.getInstitution().getId();
        List<Account> ofInstitution = admin.call(() -> accounts.find(new AccountFilter(null, null, institutionId, null), 0, 50));
        assertTrue(ofInstitution.stream().anyMatch(a -> a.getId().equals(withInstitution.getId())));
        assertTrue(ofInstitution.stream().allMatch(a -> a.getInstitution().getId() == institutionId));

        long active = admin.call(() -> accounts.count(new AccountFilter(null, null, null, true)));
        long deactivated = admin.call(() -> accounts.count(new AccountFilter(null, null, null, false)));
        assertEquals(all.size(), active + deactivated);
        assertTrue(admin.call(() -> accounts.find(new AccountFilter(null, null, null, false), 0, 50)).stream()
                .noneMatch(Account::isEnabled));

        assertRefused(() -> negotiator.call(() -> accounts.find(AccountFilter.none(), 0, 10)));
        assertRefused(() -> auditor.call(() -> accounts.count(AccountFilter.none())));
        assertRefused(() -> accounts.count(AccountFilter.none()));
    }

    @Test
    void aConsulteeWithoutInstitutionSeesNothing() {
        assertEquals(0L, consultee.call(() -> objectives.count(new ObjectiveQuery())));
        long anyId = negotiator.call(() -> objectives.find(new ObjectiveQuery(), 0, 1)).get(0).id();
        assertThrows(RuntimeException.class, () -> consultee.call(() -> objectives.getObjective(anyId)));
    }

    @Test
    void pagesAreSortedAndDisjoint() {
        ObjectiveQuery query = new ObjectiveQuery();
        query.setSort(ObjectiveSort.CODE);
        long total = negotiator.call(() -> objectives.count(query));
        assertTrue(total >= 20, "the demo data has objectives and goals");

        List<ObjectiveSummary> first = negotiator.call(() -> objectives.find(query, 0, 10));
        List<ObjectiveSummary> second = negotiator.call(() -> objectives.find(query, 10, 10));
        assertEquals(10, first.size());
        assertTrue(first.stream().noneMatch(second::contains), "pages do not overlap");
        assertEquals(first.stream().sorted(Comparator.comparing(ObjectiveSummary::code)).toList(), first);
        assertTrue(first.get(9).code().compareTo(second.get(0).code()) < 0);

        query.setAscending(false);
        List<ObjectiveSummary> descending = negotiator.call(() -> objectives.find(query, 0, 1));
        assertEquals(negotiator.call(() -> objectives.find(new ObjectiveQuery(), (int) total - 1, 1)),
                descending);
        assertEquals(Math.min(ObjectiveService.MAX_PAGE_SIZE, total),
                negotiator.call(() -> objectives.find(new ObjectiveQuery(), 0, 10_000)).size(),
                "a page is never larger than the cap, whatever is asked");
    }

    @Test
    void filtersNarrowTheList() {
        ObjectiveQuery strategic = new ObjectiveQuery();
        strategic.setLevel(ObjectiveLevel.STRATEGIC_OBJECTIVE);
        List<ObjectiveSummary> rows = negotiator.call(() -> objectives.find(strategic, 0, 100));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.level() == ObjectiveLevel.STRATEGIC_OBJECTIVE));

        ObjectiveQuery cyber = new ObjectiveQuery();
        cyber.setAreaId(negotiator.call(() -> reference.areas()).stream()
                .filter(a -> a.getCode().equals("CYB")).findFirst().orElseThrow().getId());
        assertTrue(negotiator.call(() -> objectives.find(cyber, 0, 100)).stream()
                .allMatch(r -> r.areaCode().equals("CYB")));

        ObjectiveQuery text = new ObjectiveQuery();
        text.setText("  CYBER ");
        List<ObjectiveSummary> found = negotiator.call(() -> objectives.find(text, 0, 100));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(r -> (r.code() + r.titleEn() + r.titleRo())
                .toLowerCase().contains("cyber")));

        ObjectiveQuery wildcard = new ObjectiveQuery();
        wildcard.setText("%_%");
        assertEquals(0L, negotiator.call(() -> objectives.count(wildcard)),
                "LIKE wildcards typed by a user are searched as text");

        ObjectiveQuery drafts = new ObjectiveQuery();
        drafts.setStatus(ObjectiveStatus.DRAFT);
        assertTrue(negotiator.call(() -> objectives.find(drafts, 0, 100)).stream()
                .allMatch(r -> r.status() == ObjectiveStatus.DRAFT));
        long byStatus = negotiator.call(() -> objectives.countByStatus()).values().stream()
                .mapToLong(Long::longValue).sum();
        assertEquals(negotiator.call(() -> objectives.count(new ObjectiveQuery())), byStatus);
    }

    @Test
    void theOutlineIsPagedByStrategicObjectiveWithTheirGoals() {
        ObjectiveQuery strategic = new ObjectiveQuery();
        strategic.setLevel(ObjectiveLevel.STRATEGIC_OBJECTIVE);
        long strategicCount = negotiator.call(() -> objectives.count(strategic));
        long all = negotiator.call(() -> objectives.count(new ObjectiveQuery()));

        OutlinePage first = negotiator.call(() -> objectives.outline(0, 3));
        assertEquals(strategicCount, first.topLevelCount(), "a negotiator sees every goal under its objective");
        List<OutlineRow> rows = new ArrayList<>();
        int pages = 0;
        for (int offset = 0; offset < first.topLevelCount(); offset += 3) {
            int from = offset;
            OutlinePage page = negotiator.call(() -> objectives.outline(from, 3));
            assertEquals(first.topLevelCount(), page.topLevelCount());
            assertTrue(page.rows().stream().filter(r -> r.parentId() == null).count() <= 3,
                    "at most the asked number of strategic objectives on a page");
            rows.addAll(page.rows());
            pages++;
        }
        assertTrue(pages >= 2, "the demo programme spans pages of three");
        assertEquals(all, rows.size(), "every objective once, over all pages");
        assertEquals(all, rows.stream().map(OutlineRow::id).distinct().count(), "none twice");
        List<String> topCodes = rows.stream().filter(r -> r.parentId() == null).map(OutlineRow::code).toList();
        assertEquals(topCodes.stream().sorted().toList(), topCodes, "strategic objectives in code order");
        Long current = null;
        for (OutlineRow row : rows) {
            if (row.parentId() == null) {
                current = row.id();
            } else {
                assertEquals(current, row.parentId(), row.code() + " follows its strategic objective");
            }
        }
        assertEquals(Math.min(ObjectiveService.OUTLINE_MAX_PAGE, strategicCount),
                negotiator.call(() -> objectives.outline(0, 10_000)).rows().stream()
                        .filter(r -> r.parentId() == null).count(),
                "a page is never larger than the cap, whatever is asked");
        assertTrue(negotiator.call(() -> objectives.outline((int) strategicCount, 3)).rows().isEmpty());
        assertEquals(0L, consultee.call(() -> objectives.outline(0, 10)).topLevelCount(),
                "a consultee without institution sees nothing");
    }

    @Test
    void detailCarriesGoalsMilestonesAndIndicators() {
        long id = demoStrategicObjective("SO-CYB-1");
        Objective objective = auditor.call(() -> objectives.getObjective(id));
        assertFalse(objective.getChildren().isEmpty(), "a strategic objective has partnership goals");
        Objective goal = objective.getChildren().get(0);
        assertFalse(goal.getMilestones().isEmpty());
        assertFalse(goal.getIndicators().isEmpty());

        assertThrows(ObjectiveNotFoundException.class,
                () -> negotiator.call(() -> objectives.getObjective(Long.MAX_VALUE)));
    }

    @Test
    void aGoalNamesItsStrategicObjectiveAndWhetherItMayBeOpened() {
        long id = demoStrategicObjective("SO-CYB-1");
        long goalId = auditor.call(() -> objectives.getObjective(id)).getChildren().get(0).getId();

        Objective goal = negotiator.call(() -> objectives.getObjective(goalId));
        Objective parent = goal.getParent().orElseThrow();
        assertEquals("SO-CYB-1", parent.getCode());
        assertFalse(parent.getContributingInstitutions().isEmpty(), "the page names its institutions");

        // The page's one read: the goal, its approval panel, and a link to its strategic objective.
        ObjectivePage page = negotiator.call(() -> approval.objectivePage(goalId));
        assertEquals(goalId, page.objective().getId());
        assertEquals("SO-CYB-1", page.objective().getParent().orElseThrow().getCode());
        assertTrue(page.parentReadable(), "staff may open the strategic objective");
        assertFalse(page.objective().getMilestones().isEmpty(), "read with what the page shows");
        assertTrue(page.approval().currentRevision() >= 1, "with its approval record");
        assertTrue(auditor.call(() -> approval.objectivePage(goalId)).parentReadable());
        assertFalse(auditor.call(() -> approval.objectivePage(id)).parentReadable(), "a strategic objective has none");
        assertThrows(RuntimeException.class, () -> consultee.call(() -> approval.objectivePage(goalId)),
                "a consultee of no institution: refused as the objective is");
        assertThrows(ObjectiveNotFoundException.class, () -> negotiator.call(() -> approval.objectivePage(Long.MAX_VALUE)));
        assertRefused(() -> admin.call(() -> approval.objectivePage(goalId)));
        assertRefused(() -> approval.objectivePage(goalId));
    }

    /** A demo strategic objective with its goals (other tests add strategic objectives without goals). */
    private long demoStrategicObjective(String code) {
        ObjectiveQuery strategic = new ObjectiveQuery();
        strategic.setLevel(ObjectiveLevel.STRATEGIC_OBJECTIVE);
        strategic.setText(code);
        return negotiator.call(() -> objectives.find(strategic, 0, 1)).get(0).id();
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
