package io.globaldesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.globaldesk.sla.Severity;

/**
 * A support case.
 *
 * @param supportCenter the center that owns the ticket now (its assignee's, or the one it waits for)
 * @param routingReasons why routing decided as it did, as reason codes with arguments, rendered per reader's locale
 */
public record Ticket(UUID id, long number, UUID organizationId, String requesterName, String requesterEmail,
                     String subject, String language, String category, Double categoryConfidence, Severity severity,
                     TicketStatus status, Channel channel, UUID assigneeId, String assigneeName, String supportCenter,
                     String sessionId, String appId, List<String> tags, boolean imported, boolean queued,
                     List<StoredReason> routingReasons, Instant createdAt, Instant updatedAt, Instant firstRespondedAt,
                     Instant solvedAt, Instant firstResponseDueAt, Instant resolutionDueAt, boolean slaPaused,
                     UUID mergedInto) {

    /** A routing reason as stored: its message key and arguments. */
    public record StoredReason(String key, List<String> args) {
    }
}
