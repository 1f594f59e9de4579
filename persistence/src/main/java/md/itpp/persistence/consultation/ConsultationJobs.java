package md.itpp.persistence.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import md.itpp.domain.account.Account;
import md.itpp.domain.consultation.ConsultationRound;
import md.itpp.domain.consultation.Invitation;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.notification.Notifier;

/**
 * The scheduled work on rounds, safe on any number of nodes: each unit of work starts with a
 * conditional UPDATE that only one node (or thread, or run after a restart) can win, in its
 * own transaction; whoever loses does nothing.
 * <ul>
 * <li>closing: {@code state = OPEN and deadline <= now} becomes CLOSED, then the objectives
 *     leave consultation;</li>
 * <li>reminding: {@code reminded_at is null} becomes now, in a transaction that ends before
 *     any mail is sent (a slow SMTP server holds no lock); then the institution's consultees
 *     with an address get one mail and all of them the in-app notice
 *     ({@link ConsultationDeadlines#remind}). A failed mail gives the claim back, so the next
 *     run tries again.</li>
 * </ul>
 * CDI with {@code @Transactional} rather than an EJB: the timer has no caller, hence no role.
 * These methods are not exposed to pages.
 */
@ApplicationScoped
public class ConsultationJobs {

    private static final Logger LOG = Logger.getLogger(ConsultationJobs.class.getName());

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    private Accounts accounts;


    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> overdueRounds(Instant now) {
        return em.createNamedQuery(ConsultationRound.OVERDUE_IDS, Long.class).setParameter("now", now).getResultList();
    }

    /** @return whether this call closed the round (false: not due, or another node did it) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closeIfOverdue(long roundId, Instant now) {
        int claimed = em.createNamedQuery(ConsultationRound.CLAIM_CLOSE)
                .setParameter("id", roundId).setParameter("now", now).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        ConsultationRound round = em.find(ConsultationRound.class, roundId);
        em.refresh(round);
        round.closedAtDeadline();
        accounts.findByUsername(round.getCreatedBy()).ifPresent(creator -> notifier.notify(creator,
                        "notice.consultation.closedAtDeadline", ConsultationService.ROUND_LINK + roundId,
                        round.getTitle()));
        LOG.info(() -> "Round " + roundId + " closed at its deadline");
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueReminders(Instant now, int days) {
        return em.createNamedQuery(Invitation.DUE_FOR_REMINDER, Long.class)
                .setParameter("now", now).setParameter("horizon", now.plus(Duration.ofDays(days))).getResultList();
    }

    /** One mail a claimed reminder owes. */
    public record ReminderMail(String to, String subject, String body) {
    }

    /**
     * A reminder this node claimed: the moment it marked the invitation with (to give it back),
     * the consultees to notify and the mails to send.
     */
    public record ReminderClaim(long invitationId, long roundId, String institutionCode, Instant claimedAt,
                                String link, List<String> noticeArguments, List<Long> recipients,
                                List<ReminderMail> mails) {
    }

    /**
     * Claims the one reminder of an invitation, if nobody has, and says what it owes: the
     * in-app notice to each of the institution's consultees and a mail to those with an
     * address. The transaction (and the row's lock) ends when this returns, before any mail.
     *
     * @return the claim, or empty when another node or an earlier run had it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ReminderClaim> claimReminder(long invitationId, Instant now, String baseUrl) {
        // The column keeps microseconds: the mark must compare equal when it is given back.
        Instant claimedAt = now.truncatedTo(ChronoUnit.MICROS);
        int claimed = em.createNamedQuery(Invitation.CLAIM_REMINDER)
                .setParameter("id", invitationId).setParameter("now", claimedAt).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        Invitation invitation = em.find(Invitation.class, invitationId);
        ConsultationRound round = invitation.getRound();
        String deadline = ConsultationTexts.deadline(round.getDeadline());
        String link = ConsultationService.ROUND_LINK + round.getId();
        List<Long> recipients = new ArrayList<>();
        List<ReminderMail> mails = new ArrayList<>();
        for (Account account : em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", invitation.getInstitution().getId()).getResultList()) {
            recipients.add(account.getId());
            if (account.getEmail() != null) {
                var locale = account.getPreferredLocale();
                mails.add(new ReminderMail(account.getEmail(),
                        ConsultationTexts.text(locale, "mail.reminder.subject", round.getTitle(), deadline),
                        ConsultationTexts.text(locale, "mail.reminder.body", account.getDisplayName(),
                                invitation.getInstitution().getAbbreviation(), round.getTitle(), deadline,
                                baseUrl + link)));
            }
        }
        return Optional.of(new ReminderClaim(invitationId, round.getId(), invitation.getInstitution().getCode(),
                claimedAt, link, List.of(round.getTitle(), deadline), recipients, mails));
    }

    /** Gives a claim back (a mail was refused): the invitation is due for a reminder again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseReminder(ReminderClaim claim) {
        em.createNamedQuery(Invitation.RELEASE_REMINDER).setParameter("id", claim.invitationId())
                .setParameter("claimedAt", claim.claimedAt()).executeUpdate();
    }

    /** The claim's in-app notices, once its mails are out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reminderNotices(ReminderClaim claim) {
        for (Long id : claim.recipients()) {
            Account account = em.find(Account.class, id);
            if (account != null) {
                notifier.notify(account, "notice.consultation.reminder", claim.link(),
                        claim.noticeArguments().toArray(String[]::new));
            }
        }
    }
}
