package md.itpp.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.monitoring.MilestoneStatus;
import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.reference.Institution;
import md.itpp.ear.Deployments;
import md.itpp.persistence.monitoring.MonitoringDashboard;
import md.itpp.persistence.menu.MenuService;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportTask;
import md.itpp.persistence.monitoring.ReportView;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.persistence.time.WorkbenchClock;

/**
 * Reporting reminders and overdue reports in the real EAR on Payara Server, with the clock
 * moved and mail read back from a real SMTP server (GreenMail, started on the client side): the
 * institution that has not submitted is reminded once (in-app and by mail) however many nodes
 * and ticks try, one that has submitted never; after the deadline its reports are overdue in
 * its inbox and on the dashboard, while the negotiators' inbox holds the submitted ones.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringRemindersIT {

    /** The year this class reports on: the demo data has 2025, other test classes 2026 and 2027. */
    private static final int YEAR = 2028;
    private static final String TITLE = "Reminder check " + YEAR;
    private static final String REMINDER = "notice.monitoring.reminder";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withRunAsPrincipals(Deployments.releaseEarWithDemoData(
                new Class<?>[] {ConsultationProbe.class, MonitoringProbe.class, DeadlineProbe.class},
                MonitoringRemindersIT.class, MailServer.class, Mailboxes.class, RunAsRole.class,
                RunAsRole.AsNegotiator.class, RunAsRole.AsConsultee.class, RunAsRole.AsAuditor.class,
                RunAsRole.AsReviewer.class));
    }

    @BeforeAll
    static void startMailServer() {
        // Client side only: the server has no it.smtp.port property and no GreenMail.
        if (System.getProperty("it.smtp.port") != null) {
            MailServer.start(Integer.getInteger("it.smtp.port"));
        }
    }

    @AfterAll
    static void stopMailServer() {
        if (System.getProperty("it.smtp.port") != null) {
            MailServer.stop();
        }
    }

    @EJB
    private MonitoringService service;
    @EJB
    private MenuService menu;
    @EJB
    private ReferenceService reference;
    @EJB
    private MonitoringProbe monitoringProbe;
    @EJB
    private ConsultationProbe consultees;
    @EJB
    private DeadlineProbe jobs;
    @EJB
    private RunAsRole.AsNegotiator negotiator;
    @EJB
    private RunAsRole.AsConsultee consultee;
    @EJB
    private RunAsRole.AsAuditor auditor;
    @EJB
    private RunAsRole.AsReviewer reviewer;
    @Inject
    private WorkbenchClock clock;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        if (clock != null) {
            clock.reset();
        }
    }

    private <T> T as(String institution, boolean focalPoint, Callable<T> work) {
        consultees.actAs(institution, focalPoint);
        try {
            return consultee.call(work);
        } finally {
            consultees.dropActor();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), WorkbenchClock.PEOPLE);
    }

    private long institution(String code) {
        return negotiator.call(() -> reference.institutions()).stream()
                .filter(i -> i.getCode().equals(code)).map(Institution::getId).findFirst().orElseThrow();
    }

    private ReportView report(long periodId, String code) {
        long id = negotiator.call(() -> service.period(periodId)).reports().stream()
                .filter(r -> r.objectiveCode().equals(code)).findFirst().orElseThrow().id();
        return negotiator.call(() -> service.report(id));
    }

    /** The institution's focal point drafts and submits its report on the objective. */
    private void submit(long periodId, String institution, String code, ReportDraft draft) {
        ReportView before = report(periodId, code);
        as(institution, true, () -> {
            service.saveDraft(before.id(), before.version(), draft);
            return null;
        });
        long drafted = report(periodId, code).version();
        as(institution, true, () -> {
            service.submit(before.id(), drafted);
            return null;
        });
        assertEquals(ReportState.SUBMITTED, report(periodId, code).state());
    }

    /** Sends whatever reminders are due, as two nodes' timers would, a week before the deadline. */
    private void tickTwice() {
        jobs.runReportingReminders(clock.now(), 7);
        jobs.runReportingReminders(clock.now(), 7);
    }

    private static boolean lockNotGranted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Mails about this period received by the addresses; GreenMail has no mailbox for an address never written to. */
    private static int mails(List<String> addresses) throws Exception {
        int total = 0;
        for (String address : addresses) {
            try {
                total += Mailboxes.count(address, TITLE);
            } catch (jakarta.mail.AuthenticationFailedException noMailbox) {
                // nothing was ever delivered to this address
            }
        }
        return total;
    }

    @Test
    void theInstitutionNotSubmittedIsRemindedOnceThenItsReportsAreOverdue() throws Exception {
        // MAI leads the new objective and its goal and submits both; MA (Defence) leads the demo's
        // SO-INT-1 and its two goals and submits nothing.
        monitoringProbe.approvedObjectiveWithGoal("SO-SCI-6", "SCI", "MAI", List.of());
        // MonitoringFilesIT reports on the same last year of the programme.
        monitoringProbe.dropPeriod(YEAR);
        LocalDate deadline = today().plusDays(10);
        long periodId = negotiator.call(() -> service.openPeriod(TITLE, YEAR, deadline, deadline.plusDays(30)));
        submit(periodId, "MAI", "SO-SCI-6", new ReportDraft("Rețeaua a fost extinsă.", "The network was extended.",
                List.of(), List.of()));
        submit(periodId, "MAI", "PG-SCI-6.1", new ReportDraft("Centrul a fost deschis.", null,
                List.of(new ReportDraft.MilestoneEntry(MilestoneStatus.COMPLETED, null),
                        new ReportDraft.MilestoneEntry(MilestoneStatus.AT_RISK, "Budget cut")),
                List.of("6", "in Parliament")));

        // Ten days ahead: not due yet with reminders a week before.
        tickTwice();
        assertEquals(0, consultees.notices("focal.ma", REMINDER, TITLE), "nothing before the reminder days");

        // Six days ahead: due. Two "nodes" race for MA's reminder while the server's own timer
        // (every 3 s, same clock) may run too.
        clock.advance(Duration.ofDays(4));
        long ma = institution("MA");
        AtomicInteger winners = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(executor.submit(() -> {
                start.await();
                int sent;
                try {
                    sent = jobs.remindInstitution(periodId, ma, clock.now(), "http://127.0.0.1");
                } catch (EJBException | PersistenceException e) {
                    // The winner holds the rows' locks only for its claim's short transaction
                    // (the mails go out after it); should this node still wait longer than the
                    // database allows on a loaded machine, its claim rolls back: it did nothing,
                    // as a loser does. Anything else is a failure.
                    if (!lockNotGranted(e)) {
                        throw e;
                    }
                    sent = -1;
                }
                if (sent >= 0) {
                    winners.incrementAndGet();
                }
                return sent;
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        assertTrue(winners.get() <= 1, "at most one node sends");
        tickTwice();
        assertEquals(-1, jobs.remindInstitution(periodId, ma, clock.now(), "http://127.0.0.1"), "already sent");

        // An expert saves a draft after the reminder: the save must not clear the reminder's mark.
        ReportView strategic = report(periodId, "SO-INT-1");
        as("MA", false, () -> {
            service.saveDraft(strategic.id(), strategic.version(), new ReportDraft("În lucru.", "Under way.",
                    strategic.milestones().stream()
                            .map(m -> new ReportDraft.MilestoneEntry(MilestoneStatus.ON_TRACK, null)).toList(),
                    strategic.indicators().stream().map(i -> "").toList()));
            return null;
        });
        tickTwice();

        assertEquals(1, consultees.notices("focal.ma", REMINDER, TITLE), "one in-app notice for the focal point");
        assertEquals(1, consultees.notices("expert.ma", REMINDER, TITLE), "one for the expert");
        List<String> maAddresses = consultees.consulteeMails("MA");
        assertTrue(maAddresses.containsAll(List.of("focal.ma@example.org", "expert.ma@example.org")),
                maAddresses.toString());
        for (String address : maAddresses) {
            assertEquals(1, Mailboxes.count(address, TITLE), "reminders received by " + address);
        }
        assertEquals(0, consultees.notices("focal.mai", REMINDER, TITLE), "MAI has submitted: no reminder");
        assertEquals(0, mails(consultees.consulteeMails("MAI")), "and no mail");

        // Eleven days on: the deadline has passed. MA's three reports are overdue in its inbox.
        clock.advance(Duration.ofDays(7));
        List<ReportTask> maTasks = as("MA", false, () -> service.reportTasks(MonitoringService.MAX_TASKS)).stream()
                .filter(t -> t.periodId() == periodId).toList();
        assertTrue(maTasks.stream().map(ReportTask::objectiveCode).toList()
                .containsAll(List.of("PG-INT-1.1", "PG-INT-1.2", "SO-INT-1")), maTasks.toString());
        assertTrue(maTasks.stream().allMatch(ReportTask::overdue), maTasks.toString());
        assertTrue(maTasks.stream().allMatch(t -> t.dueOn().equals(deadline)));
        assertTrue(as("MAI", true, () -> service.reportTasks(MonitoringService.MAX_TASKS)).stream().noneMatch(t -> t.periodId() == periodId),
                "MAI has nothing left to submit");
        assertTrue(as("MA", true, () -> menu.figures().reportTasks()) >= 3);
        PeriodView seenByMa = as("MA", false, () -> service.period(periodId));
        assertTrue(seenByMa.reports().stream().filter(r -> r.institutionCode().equals("MA"))
                .allMatch(PeriodView.ReportRow::overdue));

        // The negotiators' inbox: MAI's two submitted reports, due by the consolidation deadline.
        List<ReportTask> toReview = negotiator.call(() -> service.reportTasks(MonitoringService.MAX_TASKS)).stream()
                .filter(t -> t.periodId() == periodId).toList();
        assertEquals(List.of("PG-SCI-6.1", "SO-SCI-6"), toReview.stream().map(ReportTask::objectiveCode).sorted().toList());
        assertTrue(toReview.stream().noneMatch(ReportTask::overdue), "the consolidation deadline is still ahead");
        assertTrue(negotiator.call(() -> menu.figures().reportTasks()) >= 2);

        // The dashboard shows the same, for negotiators and auditors only.
        PeriodView period = negotiator.call(() -> service.period(periodId));
        long maReports = period.reports().stream().filter(r -> r.institutionCode().equals("MA")).count();
        int reports = period.reports().size();
        MonitoringDashboard board = negotiator.call(() -> service.dashboard(periodId));
        assertEquals(periodId, board.periodId());
        assertTrue(board.deadlinePassed());
        MonitoringDashboard.InstitutionRow maRow = board.institutions().stream()
                .filter(r -> r.code().equals("MA")).findFirst().orElseThrow();
        assertTrue(maReports >= 3);
        assertEquals(maReports, maRow.reports());
        assertEquals(maReports, maRow.outstanding());
        assertEquals(maReports, maRow.overdue());
        MonitoringDashboard.InstitutionRow maiRow = board.institutions().stream()
                .filter(r -> r.code().equals("MAI")).findFirst().orElseThrow();
        assertEquals(2, maiRow.submitted());
        assertEquals(0, maiRow.overdue());
        assertNotNull(maiRow.figure().value(), "MAI's reports have figures");
        assertEquals(1, board.attentionTotal(), board.attention().toString());
        MonitoringDashboard.AttentionRow atRisk = board.attention().get(0);
        assertEquals("PG-SCI-6.1", atRisk.objectiveCode());
        assertEquals(2, atRisk.milestoneNumber());
        assertEquals(MilestoneStatus.AT_RISK, atRisk.status());
        assertEquals("Budget cut", atRisk.comment());
        assertTrue(board.areas().stream().anyMatch(a -> a.code().equals("SCI") && a.figure().value() != null));
        // The trend: every period, oldest first, this one with MAI's 2 reports submitted.
        List<Integer> years = board.trend().stream().map(MonitoringDashboard.TrendRow::year).toList();
        assertEquals(years.stream().sorted().toList(), years);
        assertTrue(years.containsAll(List.of(2025, YEAR)), years.toString());
        MonitoringDashboard.TrendRow row = board.trend().stream().filter(t -> t.periodId() == periodId)
                .findFirst().orElseThrow();
        assertEquals(reports, row.reports());
        assertEquals(2, row.submitted());
        assertEquals(reports - 2, row.outstanding());
        assertEquals(1, row.atRisk());
        assertEquals(200.0 / reports, row.submittedPercent(), 1e-9);
        assertNotNull(row.milestoneProgress());

        assertEquals(periodId, auditor.call(() -> service.dashboard(periodId)).periodId());
        assertThrows(EJBAccessException.class, () -> as("MA", true, () -> service.dashboard(periodId)),
                "consultees do not get the cross-institution figures");
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> service.dashboard(periodId)));
        assertThrows(AccessDeniedException.class, () -> negotiator.call(() -> service.dashboard(Long.MAX_VALUE)));
        assertFalse(negotiator.call(() -> service.dashboard(null)).trend().isEmpty(), "the latest period by default");
    }
}
