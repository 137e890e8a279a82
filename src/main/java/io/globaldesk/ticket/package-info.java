/**
 * Tickets: the support cases of customer organizations, with their articles (public replies and internal notes), states,
 * severity, category, tags and history. A new ticket's language is detected and its category and severity predicted by a
 * classifier that learns from solved and imported tickets; it is then routed to an agent and its SLA clocks start.
 */
package io.globaldesk.ticket;
