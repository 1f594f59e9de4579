/**
 * In-app notifications. Other features write them with {@link
 * md.itpp.persistence.notification.Notifier#notify} (CDI, joins the caller's transaction);
 * pages read the caller's own with {@link md.itpp.persistence.notification.NotificationService}
 * (an EJB restricted to signed-in roles): the latest notices, marking them read. The unread count
 * of the menu's bell is one of the menu's figures ({@link md.itpp.persistence.menu.MenuService}).
 */
package md.itpp.persistence.notification;
