package io.globaldesk.routing;

/** The agent owns fewer open tickets than its capacity. */
final class CapacityRule implements HardRule {
    @Override
    public Reason exclusion(int index, AgentState agent, RoutingContext context) {
        return agent.hasSpareCapacity() ? null
                : Reason.of(ReasonCode.EXCLUDED_AT_CAPACITY, agent.openLoad(), agent.capacity());
    }
}
