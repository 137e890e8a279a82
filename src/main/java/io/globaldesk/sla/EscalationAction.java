package io.globaldesk.sla;

/** What should happen when an SLA clock warns or breaches; the ticket and notification modules carry these out. */
public enum EscalationAction { NOTIFY_ASSIGNEE, NOTIFY_LEAD, RAISE_PRIORITY, REROUTE }
