package io.globaldesk.notification;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An e-mail to send through the outbox. Subject and text are already in the recipient's language; the HTML alternative
 * is the text, escaped. Start with {@link #to(String, String, String)} and add what the message needs.
 *
 * @param to the recipient's address
 * @param toName the recipient's display name, or {@code null}
 * @param subject the subject line
 * @param text the plain-text body
 * @param dedupeKey enqueuing the same key twice stores one message; {@code null} for no deduplication
 * @param messageId the Message-ID to send, e.g. {@code <ticket-123.article-456@globaldesk.local>}; {@code null} for a generated one
 * @param inReplyTo the Message-ID this message answers, or {@code null}
 * @param references the Message-IDs of the thread, oldest first
 * @param rateLimitTopic when set, the configured per-recipient limit for this topic applies (e.g. {@code incident-42})
 */
public record EmailMessage(String to, String toName, String subject, String text, String dedupeKey, String messageId,
                           String inReplyTo, List<String> references, String rateLimitTopic) {

    static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");

    public EmailMessage {
        try {
            InternetAddress address = new InternetAddress(to, true);
            address.validate();
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException("to must be one valid e-mail address, not " + to);
        }
        requireText(subject, "subject");
        if (text == null) throw new IllegalArgumentException("text is required (it may be empty)");
        requireSingleLine(toName, "toName");
        requireSingleLine(subject, "subject");
        requireMessageId(messageId, "messageId");
        requireMessageId(inReplyTo, "inReplyTo");
        references = references == null ? List.of() : List.copyOf(references);
        references.forEach(r -> requireMessageId(r, "references"));
        requireSingleLine(dedupeKey, "dedupeKey");
    }

    public static EmailMessage to(String address, String subject, String text) {
        return new EmailMessage(address, null, subject, text, null, null, null, List.of(), null);
    }

    public EmailMessage named(String name) {
        return new EmailMessage(to, name, subject, text, dedupeKey, messageId, inReplyTo, references, rateLimitTopic);
    }

    public EmailMessage dedupedBy(String key) {
        return new EmailMessage(to, toName, subject, text, key, messageId, inReplyTo, references, rateLimitTopic);
    }

    public EmailMessage withMessageId(String id) {
        return new EmailMessage(to, toName, subject, text, dedupeKey, id, inReplyTo, references, rateLimitTopic);
    }

    /** Threads this message under {@code parent}; {@code thread} lists the earlier Message-IDs, oldest first. */
    public EmailMessage replyingTo(String parent, List<String> thread) {
        return new EmailMessage(to, toName, subject, text, dedupeKey, messageId, parent, thread, rateLimitTopic);
    }

    public EmailMessage rateLimitedPer(String topic) {
        return new EmailMessage(to, toName, subject, text, dedupeKey, messageId, inReplyTo, references, topic);
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is required");
    }

    /** Header values must not carry line breaks: one would let a caller's text inject further headers. */
    static void requireSingleLine(String value, String field) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(field + " must be a single line");
        }
    }

    private static void requireMessageId(String value, String field) {
        if (value != null && !MESSAGE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must look like <local@domain>, not " + value);
        }
    }
}
