package md.itpp.persistence.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One notice as the page shows it. */
public record NotificationView(long id, String messageKey, List<String> arguments, String link, boolean read,
                               Instant createdAt) implements Serializable {

    public NotificationView {
        arguments = List.copyOf(arguments);
    }
}
