package io.globaldesk.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The agents and centers routing decides over, frozen at one moment. Immutable: an assignment yields a new snapshot,
 * so a batch (a queue dispatch, a hand-over) sees its own earlier assignments and nothing else.
 */
public final class RoutingSnapshot {

    private final AgentState[] agents;
    private final CenterState[] centers;
    /** Index into {@link #centers} for each agent, or -1 when its center is unknown. */
    private final int[] centerOfAgent;
    private final Map<String, Integer> agentIndex;
    private final Map<String, Integer> centerIndex;

    private RoutingSnapshot(AgentState[] agents, CenterState[] centers, int[] centerOfAgent,
                            Map<String, Integer> agentIndex, Map<String, Integer> centerIndex) {
        this.agents = agents;
        this.centers = centers;
        this.centerOfAgent = centerOfAgent;
        this.agentIndex = agentIndex;
        this.centerIndex = centerIndex;
    }

    public static RoutingSnapshot of(List<AgentState> agents, List<CenterState> centers) {
        Map<String, Integer> centerIndex = new HashMap<>();
        for (int i = 0; i < centers.size(); i++) {
            if (centerIndex.put(centers.get(i).code(), i) != null)
                throw new IllegalArgumentException("support center " + centers.get(i).code() + " appears twice in the snapshot");
        }
        Map<String, Integer> agentIndex = new HashMap<>();
        int[] centerOfAgent = new int[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
            AgentState a = agents.get(i);
            if (agentIndex.put(a.id(), i) != null)
                throw new IllegalArgumentException("agent " + a.id() + " appears twice in the snapshot");
            centerOfAgent[i] = centerIndex.getOrDefault(a.centerCode(), -1);
        }
        return new RoutingSnapshot(agents.toArray(AgentState[]::new), centers.toArray(CenterState[]::new),
                centerOfAgent, Map.copyOf(agentIndex), Map.copyOf(centerIndex));
    }

    public List<AgentState> agents() { return List.of(agents); }

    public List<CenterState> centers() { return List.of(centers); }

    public int agentCount() { return agents.length; }

    AgentState agentAt(int i) { return agents[i]; }

    /** The center index of the agent at {@code i}, or -1 for an unknown center. */
    int centerIndexOfAgent(int i) { return centerOfAgent[i]; }

    int centerCount() { return centers.length; }

    CenterState centerAt(int i) { return centers[i]; }

    public AgentState agent(String id) {
        Integer i = agentIndex.get(id);
        return i == null ? null : agents[i];
    }

    public CenterState center(String code) {
        Integer i = centerIndex.get(code);
        return i == null ? null : centers[i];
    }

    /** Whether the agent's center works at {@code at} and the agent is not away. Unknown agents are off shift. */
    public boolean isOnShift(String agentId, Instant at) {
        AgentState a = agent(agentId);
        if (a == null || a.isAbsentAt(at)) return false;
        CenterState c = center(a.centerCode());
        return c != null && c.calendar().isOpen(at);
    }

    /** Whether anyone at all could take a ticket now, ignoring skills: a cheap test before routing a long queue. */
    public boolean anyOnShiftWithSpareCapacity(Instant at) {
        boolean[] open = new boolean[centers.length];
        for (int c = 0; c < centers.length; c++) open[c] = centers[c].calendar().isOpen(at);
        for (int i = 0; i < agents.length; i++) {
            int c = centerOfAgent[i];
            if (c >= 0 && open[c] && agents[i].hasSpareCapacity() && !agents[i].isAbsentAt(at)) return true;
        }
        return false;
    }

    /** The snapshot after {@code agentId} took one more ticket at {@code at}. */
    public RoutingSnapshot withAssignment(String agentId, Instant at) {
        return withAgent(agentId, a -> a.withAssignment(at));
    }

    /** The snapshot after {@code agentId} gave up (solved or handed over) one ticket. */
    public RoutingSnapshot withRelease(String agentId) {
        return withAgent(agentId, AgentState::withRelease);
    }

    public RoutingSnapshot withAgent(String agentId, UnaryOperator<AgentState> change) {
        Integer i = agentIndex.get(agentId);
        if (i == null) throw new IllegalArgumentException("agent " + agentId + " is not in the routing snapshot");
        AgentState[] copy = Arrays.copyOf(agents, agents.length);
        copy[i] = change.apply(agents[i]);
        if (!copy[i].id().equals(agentId) || !copy[i].centerCode().equals(agents[i].centerCode()))
            throw new IllegalArgumentException("a snapshot change must keep the agent's id and center");
        return new RoutingSnapshot(copy, centers, centerOfAgent, agentIndex, centerIndex);
    }
}
