package io.globaldesk.routing;

/** A soft criterion: eligible agents that meet it score higher. */
interface Preference {
    /** Points for the eligible agent at {@code index}; 0 when the preference does not apply. */
    int score(int index, AgentState agent, RoutingContext context);

    /** Why the winner earned its points from this preference (called only when it scored). */
    Reason reason(AgentState agent, RoutingContext context);
}
