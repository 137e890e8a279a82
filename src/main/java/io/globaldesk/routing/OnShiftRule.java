package io.globaldesk.routing;

/** The agent's center works now (its hours, not a holiday) and the agent is not away. */
final class OnShiftRule implements HardRule {
    @Override
    public Reason exclusion(int index, AgentState agent, RoutingContext context) {
        int center = context.snapshot.centerIndexOfAgent(index);
        if (center < 0) return Reason.of(ReasonCode.EXCLUDED_UNKNOWN_CENTER, agent.centerCode());
        Reason closed = context.centerExclusion[center];
        if (closed != null) return closed;
        return agent.isAbsentAt(context.at) ? context.agentAway : null;
    }
}
