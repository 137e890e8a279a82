/**
 * Messages in and out: e-mail and webhooks leave through a PostgreSQL outbox, and a mailbox is polled for e-mail in.
 *
 * <p>The API is small:
 * <ul>
 *   <li>{@link io.globaldesk.notification.Notifications}: {@code email(EmailMessage)} and {@code webhook(WebhookMessage)}
 *       write a message to the outbox inside the caller's transaction and return its id, or nothing when the dedupe key
 *       was seen before or the recipient's rate limit for the message's topic is used up. A scheduled dispatcher
 *       delivers it later with retries (exponential backoff with jitter); after the last attempt the message is DEAD
 *       with its last error. {@code status}/{@code recent} answer {@link io.globaldesk.notification.OutboxStatus}.</li>
 *   <li>{@link io.globaldesk.notification.EmailMessage}: plain text (an escaped HTML alternative is generated), the
 *       caller's Message-ID and the In-Reply-To/References of the thread it belongs to. Subject and text come localized
 *       from the caller.</li>
 *   <li>{@link io.globaldesk.notification.WebhookMessage}: a JSON body POSTed with
 *       {@code X-GlobalDesk-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">}; receivers check it with
 *       {@link io.globaldesk.notification.WebhookSignature}.</li>
 *   <li>{@link io.globaldesk.notification.InboundEmailReceived}: published for every new message of the configured IMAP
 *       mailbox ({@code globaldesk.mail.inbound.*}), carrying the parsed {@link io.globaldesk.notification.InboundEmail}
 *       with quoted reply history stripped. Delivery is at least once: the message is marked seen only after the event
 *       was published in a committed transaction, so consumers deduplicate by Message-ID.</li>
 * </ul>
 * SMTP ({@code spring.mail.*}) and the inbound mailbox are off unless configured; e-mail then waits in the outbox.
 */
package io.globaldesk.notification;
