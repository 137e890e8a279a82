package io.globaldesk.alerting;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Mutes alerts whose scope matches every matcher (scope field name → exact value) during [start, end). A maintenance
 * window is a silence with {@code maintenance = true}, announced ahead.
 */
public record Silence(String id, Map<String, String> matchers, Instant start, Instant end, boolean maintenance, String comment) {

    public Silence {
        Objects.requireNonNull(id, "a silence needs an id");
        matchers = Map.copyOf(Objects.requireNonNull(matchers, "a silence needs matchers"));
        if (matchers.isEmpty()) throw new IllegalArgumentException("a silence needs at least one matcher, or it would mute everything");
        Objects.requireNonNull(start, "a silence needs a start");
        Objects.requireNonNull(end, "a silence needs an end");
        if (!end.isAfter(start)) throw new IllegalArgumentException("a silence must end after it starts: " + start + " .. " + end);
        Scope probe = Scope.region("probe");
        matchers.keySet().forEach(probe::field); // fails fast on unknown field names
    }

    public boolean mutes(Scope scope, Instant at) {
        if (at.isBefore(start) || !at.isBefore(end)) return false;
        for (var m : matchers.entrySet()) {
            if (!m.getValue().equals(scope.field(m.getKey()))) return false;
        }
        return true;
    }
}
