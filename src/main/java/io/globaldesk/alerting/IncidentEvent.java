package io.globaldesk.alerting;

/** What the engine announces to other modules (outreach, tickets, health). */
public sealed interface IncidentEvent permits IncidentOpened, IncidentResolved {
    String incidentId();
}
