package md.itpp.domain.notification;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Account;

/**
 * A notice for one account. The text is a message key plus arguments rather than a sentence,
 * so that it reads in the recipient's language whenever they open it.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "select count(n) from Notification n where n.recipient.username = :username and n.read = false")
@NamedQuery(name = Notification.LIST,
        query = "select n from Notification n where n.recipient.username = :username order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.MARK_ALL_READ,
        query = "update Notification n set n.read = true where n.read = false"
                + " and n.recipient.id = (select a.id from Account a where a.username = :username)")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code username}; returns a {@code Long}. */
    public static final String COUNT_UNREAD = "Notification.countUnread";
    /** Parameter {@code username}; newest first, to be paged. */
    public static final String LIST = "Notification.list";
    /** Parameter {@code username}. */
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    public static final int KEY_MAX = 128;
    public static final int ARGUMENTS_MAX = 2000;
    public static final int LINK_MAX = 500;
    /** Arguments are stored one per line; a line break inside an argument becomes a space. */
    private static final char SEPARATOR = '\n';
    /** Links stay inside the application: a path, never another site. */
    private static final Pattern LINK = Pattern.compile("/[A-Za-z0-9/_.?=&%-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Account recipient;

    @Column(name = "message_key", length = KEY_MAX, nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "message_args", length = ARGUMENTS_MAX, updatable = false)
    private String arguments;

    @Column(name = "link", length = LINK_MAX, updatable = false)
    private String link;

    @Column(name = "is_read", nullable = false)
    private boolean read;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    /**
     * @param link a path inside the application (e.g. {@code /consultation/round.xhtml?id=3}), or {@code null}
     * @param arguments the message's placeholders, as text
     */
    public Notification(Account recipient, String messageKey, String link, String... arguments) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.messageKey = Texts.required("messageKey", messageKey, KEY_MAX);
        String checkedLink = Texts.optional("link", link, LINK_MAX);
        if (checkedLink != null && (!LINK.matcher(checkedLink).matches() || checkedLink.startsWith("//"))) {
            throw ValidationException.invalid("link");
        }
        this.link = checkedLink;
        String joined = null;
        if (arguments != null && arguments.length > 0) {
            joined = String.join(String.valueOf(SEPARATOR), Arrays.stream(arguments)
                    .map(a -> a == null ? "-" : a.replace('\r', ' ').replace('\n', ' ').strip())
                    .map(a -> a.isEmpty() ? "-" : a)
                    .toList());
        }
        this.arguments = Texts.optional("arguments", joined, ARGUMENTS_MAX);
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void markRead() {
        this.read = true;
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments == null ? List.of() : List.of(arguments.split(String.valueOf(SEPARATOR), -1));
    }

    public String getLink() {
        return link;
    }

    public boolean isRead() {
        return read;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
