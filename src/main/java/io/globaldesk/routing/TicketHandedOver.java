package io.globaldesk.routing;

import java.time.Instant;

/** A ticket left an agent whose shift ended; {@code toAgentId} is null when it went back to the queue. */
public record TicketHandedOver(String ticketId, String fromAgentId, String toAgentId, Instant at) {}
