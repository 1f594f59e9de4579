package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import md.itpp.persistence.notification.Notifier;
import md.itpp.persistence.text.ServerTexts;

/**
 * The reporting periods' scheduled work, safe on any number of nodes as the consultation's
 * ({@code ConsultationJobs}): one reminder per period and institution, claimed by a
 * conditional UPDATE of the institution's reports not submitted ({@code reminded_at is null}
 * becomes now) in a transaction of its own that ends before any mail is sent, so a slow SMTP
 * server holds no row lock. Whoever finds nothing left to mark does nothing. The mails go out
 * outside any transaction ({@link MonitoringReminders#remind}); if one is refused the claim is
 * given back ({@link #release}) and the next run tries again; the in-app notices are written
 * once the mails are out ({@link #notices}).
 * CDI with {@code @Transactional} rather than an EJB: the timer has no caller, hence no role.
 */
@ApplicationScoped
public class MonitoringJobs {

    private static final String BUNDLE = "md.itpp.persistence.monitoring.texts";
    private static final String NOTICE = "notice.monitoring.reminder";

    /** A period and an institution with reports to remind of. */
    public record DueReminder(long periodId, long institutionId) {
    }

    /** One mail a claimed reminder owes. */
    public record Mail(String to, String subject, String body) {
    }

    /**
     * A reminder this node claimed: the moment it marked the reports with (to give them back),
     * how many reports, the consultees to notify and the mails to send.
     */
    public record Claim(long periodId, long institutionId, String institutionCode, Instant claimedAt, int reports,
                        String link, List<String> noticeArguments, List<Long> recipients, List<Mail> mails) {
    }

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

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
     * Claims the institution's one reminder for the period, if nobody has, and says what it
     * owes: an in-app notice to each of its consultees and a mail to those with an address.
     * The transaction (and the rows' locks) ends when this returns.
     *
     * @return the claim, or empty when another node or an earlier run had it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(long periodId, long institutionId, Instant now, String baseUrl) {
        // The column keeps microseconds: the mark must compare equal when it is given back.
        Instant claimedAt = now.truncatedTo(ChronoUnit.MICROS);
        int claimed = em.createNamedQuery(ProgressReport.CLAIM_REMINDER)
                .setParameter("periodId", periodId).setParameter("institutionId", institutionId)
                .setParameter("states", ReportState.OPEN_FOR_INPUT).setParameter("now", claimedAt).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        Institution institution = em.find(Institution.class, institutionId);
        String deadline = period.getInstitutionsDeadline().toString();
        String link = MonitoringService.PERIOD_LINK + periodId;
        String reports = Integer.toString(claimed);
        List<Long> recipients = new ArrayList<>();
        List<Mail> mails = new ArrayList<>();
        for (Account account : em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", institutionId).getResultList()) {
            recipients.add(account.getId());
            if (account.getEmail() != null) {
                ServerTexts texts = ServerTexts.of(BUNDLE, account.getPreferredLocale());
                mails.add(new Mail(account.getEmail(), texts.text("mail.reminder.subject", period.getTitle(), deadline),
                        texts.text("mail.reminder.body", account.getDisplayName(), institution.getAbbreviation(),
                                period.getTitle(), reports, deadline, baseUrl + link)));
            }
        }
        return Optional.of(new Claim(periodId, institutionId, institution.getCode(), claimedAt, claimed, link,
                List.of(period.getTitle(), deadline, reports), recipients, mails));
    }

    /** Gives a claim back (a mail was refused): the reports are due for a reminder again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Claim claim) {
        em.createNamedQuery(ProgressReport.RELEASE_REMINDER).setParameter("periodId", claim.periodId())
                .setParameter("institutionId", claim.institutionId()).setParameter("claimedAt", claim.claimedAt())
                .executeUpdate();
    }

    /** The claim's in-app notices, once its mails are out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notices(Claim claim) {
        for (Long id : claim.recipients()) {
            Account account = em.find(Account.class, id);
            if (account != null) {
                notifier.notify(account, NOTICE, claim.link(), claim.noticeArguments().toArray(String[]::new));
            }
        }
    }
}
