package io.globaldesk.routing;

/** One agent considered by a routing decision: its score, or why it could not take the ticket ({@code excludedBecause}, else null). */
public record Candidate(String agentId, int score, Reason excludedBecause) {
    public boolean eligible() { return excludedBecause == null; }
}
