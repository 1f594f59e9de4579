package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import md.itpp.domain.account.Account;
import md.itpp.domain.consultation.Invitation;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportState;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.mail.Mailer;
import md.itpp.persistence.notification.Notifier;
import md.itpp.persistence.text.ServerTexts;

/**
 * The reporting periods' scheduled work, safe on any number of nodes as the consultation's
 * ({@code ConsultationJobs}): one reminder per period and institution, claimed by a
 * conditional UPDATE of the institution's reports not submitted ({@code reminded_at is null}
 * becomes now) in its own transaction. Whoever finds nothing left to mark does nothing; a mail
 * the SMTP server refuses rolls the claim back, so the next run tries again.
 * CDI with {@code @Transactional} rather than an EJB: the timer has no caller, hence no role.
 */
@ApplicationScoped
public class MonitoringJobs {

    private static final Logger LOG = Logger.getLogger(MonitoringJobs.class.getName());
    private static final String BUNDLE = "md.itpp.persistence.monitoring.texts";

    /** A period and an institution with reports to remind of. */
    public record DueReminder(long periodId, long institutionId) {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    private Mailer mailer;

    /** The institutions to remind on {@code today} (in Chișinău): deadline within {@code days}, not yet past. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DueReminder> dueReminders(LocalDate today, int days) {
        return em.createNamedQuery(ProgressReport.DUE_FOR_REMINDER, Object[].class)
                .setParameter("states", ReportState.OPEN_FOR_INPUT).setParameter("today", today)
                .setParameter("horizon", today.plusDays(days)).getResultList().stream()
                .map(row -> new DueReminder(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * Sends the institution's one reminder for the period, if nobody has: an in-app notice to
     * each of its consultees and a mail to those with an address.
     *
     * @return how many mails went out (-1 when another node or an earlier run had it)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(long periodId, long institutionId, Instant now, String baseUrl) {
        int claimed = em.createNamedQuery(ProgressReport.CLAIM_REMINDER)
                .setParameter("periodId", periodId).setParameter("institutionId", institutionId)
                .setParameter("states", ReportState.OPEN_FOR_INPUT).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return -1;
        }
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        Institution institution = em.find(Institution.class, institutionId);
        String deadline = period.getInstitutionsDeadline().toString();
        String link = MonitoringService.PERIOD_LINK + periodId;
        String reports = Integer.toString(claimed);
        int mails = 0;
        List<Account> recipients = em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", institutionId).getResultList();
        for (Account account : recipients) {
            notifier.notify(account, "notice.monitoring.reminder", link, period.getTitle(), deadline, reports);
            if (account.getEmail() != null) {
                Locale locale = account.getPreferredLocale();
                ServerTexts texts = ServerTexts.of(BUNDLE, locale);
                String subject = texts.text("mail.reminder.subject", period.getTitle(), deadline);
                String body = texts.text("mail.reminder.body", account.getDisplayName(), institution.getAbbreviation(),
                        period.getTitle(), reports, deadline, baseUrl + link);
                // A refused mail throws and rolls the claim back: the next run tries again.
                if (mailer.send(account.getEmail(), subject, body)) {
                    mails++;
                }
            }
        }
        int sent = mails;
        LOG.info(() -> "Reporting reminder for period " + periodId + " to " + institution.getCode() + " ("
                + claimed + " reports): " + recipients.size() + " notices, " + sent + " mails");
        return mails;
    }
}
