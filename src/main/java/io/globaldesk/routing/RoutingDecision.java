package io.globaldesk.routing;

import java.util.List;

/**
 * What routing decided, in the shape of {@code POST /api/v1/routing/preview}: the assignee (null when queued), the center
 * that owns the ticket, the reasons, every candidate with its score or exclusion, and a page to send for an unowned S1.
 */
public record RoutingDecision(Assignee assignee, String supportCenter, boolean queued, List<Reason> reasons,
                              List<Candidate> candidates, OnCallPage pageOnCall) {

    public record Assignee(String id, String name) {}

    public RoutingDecision {
        reasons = List.copyOf(reasons);
        candidates = List.copyOf(candidates);
        if (queued == (assignee != null)) throw new IllegalArgumentException("a decision is either assigned or queued, not both");
    }

    public boolean assigned() { return assignee != null; }

    /** Reasons whose code is {@code code}, in order. */
    public List<Reason> reasons(ReasonCode code) {
        return reasons.stream().filter(r -> r.code() == code).toList();
    }

    public Candidate candidate(String agentId) {
        for (Candidate c : candidates) if (c.agentId().equals(agentId)) return c;
        return null;
    }
}
