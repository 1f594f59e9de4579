package md.itpp.persistence.approval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import md.itpp.domain.account.Account;
import md.itpp.domain.account.Role;
import md.itpp.persistence.account.Accounts;
import md.itpp.persistence.mail.BaseUrl;
import md.itpp.persistence.mail.Mailer;
import md.itpp.persistence.notification.Notifier;
import md.itpp.domain.Bilingual;
import md.itpp.persistence.text.ServerTexts;

/**
 * Tells people about the tasks review and approval give them: an in-app notice written in the
 * deciding transaction (a decision rolled back notifies nobody), and an e-mail to each
 * recipient with an address, sent only once that transaction has committed, so that a slow or
 * refusing SMTP server never undoes a decision; a mail that fails is logged.
 * <p>
 * Recipients are the named reviewers of the step, or every enabled account of the role
 * ({@link TaskAssigned#roles()}), without duplicates.
 */
@ApplicationScoped
public class TaskNotifications {

    private static final Logger LOG = Logger.getLogger(TaskNotifications.class.getName());
    private static final String BUNDLE = "md.itpp.persistence.approval.texts";
    /** The objective's page, where every task of review and approval is done. */
    static final String OBJECTIVE_LINK = "/objectives/detail.xhtml?id=";

    @PersistenceContext(unitName = "itpp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    private Mailer mailer;

    @Inject
    private Accounts accounts;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private record Mail(String to, String subject, String body) {
    }

    void on(@Observes TaskAssigned task) {
        String link = OBJECTIVE_LINK + task.objectiveId();
        String base = BaseUrl.fromEnvironment();
        List<Mail> mails = new ArrayList<>();
        for (Account account : recipients(task)) {
            notifier.notify(account, "notice.task." + task.kind().name(), link, task.objectiveCode());
            if (account.getEmail() != null && mailer.isEnabled()) {
                mails.add(mail(account, task, base + link));
            }
        }
        if (!mails.isEmpty()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing is sent before the decision is stored.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        mails.forEach(TaskNotifications.this::send);
                    }
                }
            });
        }
    }

    private List<Account> recipients(TaskAssigned task) {
        Map<String, Account> byName = new LinkedHashMap<>();
        for (String username : task.usernames()) {
            accounts.findEnabled(username).ifPresent(account -> byName.putIfAbsent(account.getUsername(), account));
        }
        for (Role role : task.roles()) {
            em.createNamedQuery(Account.FIND_ENABLED_WITH_ROLE, Account.class).setParameter("role", role)
                    .getResultStream().forEach(account -> byName.putIfAbsent(account.getUsername(), account));
        }
        return List.copyOf(byName.values());
    }

    private static Mail mail(Account account, TaskAssigned task, String url) {
        Locale locale = account.getPreferredLocale();
        ServerTexts texts = ServerTexts.of(BUNDLE, locale);
        String kind = task.kind().name();
        String step = task.stepNameEn() == null && task.stepNameRo() == null ? texts.text("mail.task.noStep")
                : Bilingual.of(task.stepNameEn(), task.stepNameRo()).in(locale);
        String due = task.due().map(ServerTexts::date).orElse(texts.text("mail.task.noDueDate"));
        String what = texts.text("mail.task.what." + kind, task.objectiveCode());
        return new Mail(account.getEmail(),
                texts.text("mail.task.subject." + kind, account.getDisplayName(), task.objectiveCode()),
                texts.text("mail.task.body", account.getDisplayName(), task.objectiveCode(), step, due, url, what));
    }

    private void send(Mail mail) {
        try {
            mailer.send(mail.to(), mail.subject(), mail.body());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Task mail to " + mail.to() + " not sent: " + e.getMessage());
        }
    }
}
