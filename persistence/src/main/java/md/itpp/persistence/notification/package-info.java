/**
 * In-app notifications. Other features write them with {@link
 * md.itpp.persistence.notification.Notifier#notify} (CDI, joins the caller's transaction);
 * pages read the caller's own with {@link md.itpp.persistence.notification.NotificationService}
 * (an EJB restricted to signed-in roles): the unread count for the menu's bell (one indexed
 * count query), the latest notices, marking them read.
 */
package md.itpp.persistence.notification;
