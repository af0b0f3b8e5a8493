/**
 * Notification: the outbox every outgoing SMS and e-mail passes through, and the mail relay that sends the
 * e-mails through SMTP. SMS wait for an SMS gateway adapter.
 */
package no.smertereg.notification;
