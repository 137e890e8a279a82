package io.globaldesk.ticket;

import java.util.UUID;

/** A ticket was solved; its category is now a labelled example for the classifier. */
public record TicketSolved(UUID ticketId) {
}
