package io.globaldesk.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An Agent as routing sees it at one moment. {@code away} is the agent's own switch (e.g. "not taking tickets");
 * {@code lastAssignedAt} is null for an agent who never got a ticket, who is then the longest idle.
 */
public record AgentState(String id, String name, String centerCode, Set<String> languages, Set<String> skills,
                         int capacity, int openLoad, boolean away, List<Absence> absences, Instant lastAssignedAt) {

    /** The skill that marks a senior engineer, preferred for Enterprise customers. */
    public static final String SENIOR_SKILL = "senior";

    public AgentState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(centerCode, "centerCode");
        if (capacity < 0) throw new IllegalArgumentException("capacity of agent " + id + " must not be negative: " + capacity);
        if (openLoad < 0) throw new IllegalArgumentException("open load of agent " + id + " must not be negative: " + openLoad);
        Set<String> normalized = new HashSet<>();
        for (String l : languages) normalized.add(RoutingRequest.primaryLanguage(l));
        languages = Set.copyOf(normalized);
        skills = Set.copyOf(skills);
        absences = List.copyOf(absences);
    }

    /** An agent with no absences, never assigned yet. */
    public static AgentState of(String id, String name, String centerCode, Set<String> languages, Set<String> skills,
                                int capacity, int openLoad) {
        return new AgentState(id, name, centerCode, languages, skills, capacity, openLoad, false, List.of(), null);
    }

    public boolean isAbsentAt(Instant at) {
        if (away) return true;
        for (Absence a : absences) if (a.covers(at)) return true;
        return false;
    }

    public boolean hasSpareCapacity() { return openLoad < capacity; }

    public AgentState withAssignment(Instant at) {
        return new AgentState(id, name, centerCode, languages, skills, capacity, openLoad + 1, away, absences, at);
    }

    public AgentState withRelease() {
        return new AgentState(id, name, centerCode, languages, skills, capacity, Math.max(0, openLoad - 1), away, absences, lastAssignedAt);
    }

    public AgentState withAway(boolean isAway) {
        return new AgentState(id, name, centerCode, languages, skills, capacity, openLoad, isAway, absences, lastAssignedAt);
    }
}
