package md.itpp.persistence.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import md.itpp.persistence.mail.Mailer;
import md.itpp.persistence.notification.Notifier;

/**
 * The scheduled work on rounds, safe on any number of nodes: each unit of work starts with a
 * conditional UPDATE that only one node (or thread, or run after a restart) can win, in its
 * own transaction; whoever loses does nothing.
 * <ul>
 * <li>closing: {@code state = OPEN and deadline <= now} becomes CLOSED, then the objectives
 *     leave consultation;</li>
 * <li>reminding: {@code reminded_at is null} becomes now, then the institution's consultees get
 *     the in-app notice and, where they have an address, one mail. A failed mail rolls the claim
 *     back, so the next run tries again; a sent one is never sent again.</li>
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

    @Inject
    private Mailer mailer;

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

    /**
     * Sends the one reminder of an invitation, if nobody has.
     *
     * @return how many mails went out (-1 when another node or an earlier run had it)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(long invitationId, Instant now, String baseUrl) {
        int claimed = em.createNamedQuery(Invitation.CLAIM_REMINDER)
                .setParameter("id", invitationId).setParameter("now", now).executeUpdate();
        if (claimed != 1) {
            return -1;
        }
        Invitation invitation = em.find(Invitation.class, invitationId);
        ConsultationRound round = invitation.getRound();
        String deadline = ConsultationTexts.deadline(round.getDeadline());
        String link = ConsultationService.ROUND_LINK + round.getId();
        int mails = 0;
        List<Account> recipients = em.createNamedQuery(Invitation.CONSULTEES, Account.class)
                .setParameter("institutionId", invitation.getInstitution().getId()).getResultList();
        for (Account account : recipients) {
            notifier.notify(account, "notice.consultation.reminder", link, round.getTitle(), deadline);
            if (account.getEmail() != null) {
                var locale = account.getPreferredLocale();
                String subject = ConsultationTexts.text(locale, "mail.reminder.subject", round.getTitle(), deadline);
                String body = ConsultationTexts.text(locale, "mail.reminder.body", account.getDisplayName(),
                        invitation.getInstitution().getAbbreviation(), round.getTitle(), deadline, baseUrl + link);
                // A refused mail throws and rolls the claim back: the next run tries again.
                if (mailer.send(account.getEmail(), subject, body)) {
                    mails++;
                }
            }
        }
        int sent = mails;
        LOG.info(() -> "Reminder for round " + round.getId() + " to " + invitation.getInstitution().getCode()
                + ": " + recipients.size() + " notices, " + sent + " mails");
        return mails;
    }
}
