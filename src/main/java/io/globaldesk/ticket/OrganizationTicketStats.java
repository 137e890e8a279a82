package io.globaldesk.ticket;

/**
 * How an organization's support stands, for health scores: active tickets, active tickets past an SLA target, and the
 * mean satisfaction score (1..5) in the recent and the previous period, {@code null} when nobody rated.
 */
public record OrganizationTicketStats(int open, int breached, Double satisfactionRecent, Double satisfactionBefore) {
}
