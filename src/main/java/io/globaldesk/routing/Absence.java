package io.globaldesk.routing;

import java.time.Instant;
import java.util.Objects;

/** A span in which an agent is away although the center works (leave, sickness, training): {@code from} inclusive, {@code to} exclusive. */
public record Absence(Instant from, Instant to) {
    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) throw new IllegalArgumentException("an absence must end after it starts (" + from + " .. " + to + ")");
    }

    public boolean covers(Instant at) { return !at.isBefore(from) && at.isBefore(to); }
}
