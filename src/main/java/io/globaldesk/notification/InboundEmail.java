package io.globaldesk.notification;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail from the inbound mailbox, parsed.
 *
 * @param messageId its Message-ID with angle brackets; a stable {@code <sha256…@globaldesk.invalid>} when it had none
 * @param inReplyTo the Message-ID it answers, or {@code null}
 * @param references the Message-IDs of its thread, oldest first
 * @param fromName the sender's display name, or {@code null}
 * @param fromAddress the sender's address, or {@code null} when the From header is missing or unreadable
 * @param to the addresses it was sent to (To and Cc)
 * @param sentAt its Date header, or {@code null}
 * @param text the new text of the message: from text/plain, or the HTML converted to text, with the quoted history stripped
 * @param truncated whether {@code text} was cut at the size limit
 * @param attachments every attachment, accepted or rejected with a reason
 * @param autoSubmitted sent by a machine (Auto-Submitted, Precedence: bulk/junk/auto_reply, X-Autoreply): an out-of-office
 *                      reply, a bounce or a list; answering it automatically would start a mail loop
 */
public record InboundEmail(String messageId, String inReplyTo, List<String> references, String fromName,
                           String fromAddress, List<String> to, String subject, Instant sentAt, String text,
                           boolean truncated, List<Attachment> attachments, boolean autoSubmitted) {

    public InboundEmail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    /**
     * @param size in bytes, as decoded
     * @param rejection why it was not accepted (e.g. over the size limit), {@code null} when accepted
     */
    public record Attachment(String fileName, String contentType, long size, String rejection) {
        public boolean accepted() {
            return rejection == null;
        }
    }
}
