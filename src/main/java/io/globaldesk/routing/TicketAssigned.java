package io.globaldesk.routing;

import java.time.Instant;

/** Routing gave a ticket to an agent. */
public record TicketAssigned(String ticketId, String agentId, String supportCenter, Instant at) {}
