/**
 * In-app notifications: a short message for one account (an i18n message key with its
 * arguments, so each reader sees it in their own language), a link into the application and a
 * read flag. Written by other features' services through
 * {@code md.itpp.persistence.notification.Notifier}; read through
 * {@code md.itpp.persistence.notification.NotificationService}.
 */
package md.itpp.domain.notification;
