package io.globaldesk.ticket;

import java.util.List;
import java.util.UUID;

import io.globaldesk.sla.Severity;

/**
 * What a channel (API, web form, e-mail, chat hand-off, proactive alerting) gives to open a ticket. Severity and
 * category are predicted when absent.
 */
public record NewTicket(UUID organizationId, String requesterName, String requesterEmail, String subject, String body,
                        Channel channel, Severity severity, String category, String sessionId, String appId,
                        List<String> tags, AuthorType firstAuthor, String messageId) {

    public static NewTicket of(UUID organizationId, String requesterName, String requesterEmail, String subject, String body,
                               Channel channel) {
        return new NewTicket(organizationId, requesterName, requesterEmail, subject, body, channel, null, null, null, null,
                List.of(), AuthorType.CUSTOMER, null);
    }
}
