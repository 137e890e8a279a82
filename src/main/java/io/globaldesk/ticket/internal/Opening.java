package io.globaldesk.ticket.internal;

import java.util.List;
import java.util.UUID;

import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Ticket;

/**
 * A new ticket decided in full before anything is stored: its row, where routing put it, its SLA start and its first
 * article. Deciding needs nothing the database makes, so many openings can be stored together.
 *
 * @param assignee the agent routing chose, or {@code null} when the ticket waits in the queue
 * @param reasons  why routing decided as it did
 * @param sla      the SLA clocks, or {@code null} for a ticket without an organization
 * @param paged    the on-call engineer paged for an S1 nobody could take, or {@code null}
 * @param actor    who opened it, as the history shows
 */
public record Opening(UUID id, TicketRepository.NewRow row, Assignee assignee, String supportCenter,
                      List<Ticket.StoredReason> reasons, TicketRepository.SlaStart sla, FirstArticle article,
                      Paged paged, String actor) {

    /** The agent a new ticket was given to. */
    public record Assignee(UUID id, String name) {
    }

    /** The message the ticket was opened with. */
    public record FirstArticle(UUID id, AuthorType authorType, UUID authorId, String authorName, String body, String messageId) {
    }

    /** The on-call engineer of a center, paged for an S1 that nobody on shift could take. */
    public record Paged(UUID agentId, String centerCode) {
    }

    /** The ticket as it is once stored under {@code number}. */
    public Ticket stored(long number) {
        TicketRepository.NewRow r = row;
        return new Ticket(id, number, r.organizationId(), r.requesterName(), r.requesterEmail(), r.subject(), r.language(),
                r.category(), r.categoryConfidence(), r.severity(), r.status(), r.channel(),
                assignee == null ? null : assignee.id(), assignee == null ? null : assignee.name(), supportCenter,
                r.sessionId(), r.appId(), List.copyOf(r.tags()), false, assignee == null, List.copyOf(reasons),
                r.createdAt(), r.createdAt(), null, null, sla == null ? null : sla.firstResponseDueAt(),
                sla == null ? null : sla.resolutionDueAt(), false, null);
    }
}
