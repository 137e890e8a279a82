package io.globaldesk.routing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The agent owns fewer open tickets than its capacity. */
final class CapacityRule implements HardRule {

    /** Reasons are immutable and few distinct (load, capacity) pairs exist, so they are shared instead of built per agent. */
    private final ConcurrentMap<Long, Reason> reasons = new ConcurrentHashMap<>();

    @Override
    public Reason exclusion(int index, AgentState agent, RoutingContext context) {
        if (agent.hasSpareCapacity()) return null;
        long key = ((long) agent.openLoad() << 32) | agent.capacity();
        return reasons.computeIfAbsent(key, k -> Reason.of(ReasonCode.EXCLUDED_AT_CAPACITY, agent.openLoad(), agent.capacity()));
    }
}
