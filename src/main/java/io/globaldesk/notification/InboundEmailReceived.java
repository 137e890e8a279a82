package io.globaldesk.notification;

/** A new e-mail arrived in the inbound mailbox. Published at least once: deduplicate by {@code email.messageId()}. */
public record InboundEmailReceived(InboundEmail email) {
}
