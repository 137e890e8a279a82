package io.globaldesk.telemetry;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A session search: calls with samples in {@code [from, to)}, of one of {@code appIds} (null: any app; empty: none),
 * optionally of one {@code appId}, with a participant {@code userId}, and whose id starts with {@code sessionIdPrefix}
 * (the channel). Newest first, at most {@code limit}.
 */
public record SessionQuery(Set<String> appIds, String appId, String userId, String sessionIdPrefix, Instant from,
                           Instant to, int limit) {

    public SessionQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be within 1..1000");
        appIds = appIds == null ? null : Set.copyOf(appIds);
    }
}
