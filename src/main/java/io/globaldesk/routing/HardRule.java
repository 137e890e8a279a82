package io.globaldesk.routing;

/** A condition an agent must meet to take a ticket at all. */
interface HardRule {
    /** Why the agent at {@code index} cannot take the ticket, or null when it can. */
    Reason exclusion(int index, AgentState agent, RoutingContext context);
}
