package io.globaldesk.telemetry.internal;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.telemetry.RecordCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which organization owns an app id, remembered for a while so that ingest does not ask the directory for every line.
 * An ingest or customer token may only send telemetry for its own organization's apps; staff (administrators) may send
 * for any app.
 */
@Component
public class AppOwners {

    private static final int MAX_ENTRIES = 100_000;

    private record Entry(UUID owner, long expiresAtMillis) {
    }

    private final Organizations organizations;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Autowired
    AppOwners(Organizations organizations, Clock clock, TelemetrySettings settings) {
        this(organizations, clock, settings.appOwnerCacheTtl());
    }

    AppOwners(Organizations organizations, Clock clock, Duration ttl) {
        this.organizations = organizations;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    /** The organization owning the app, if any (a cached answer at most the configured TTL old). */
    public Optional<UUID> ownerOf(String appId) {
        long now = clock.millis();
        Entry entry = cache.get(appId);
        if (entry == null || entry.expiresAtMillis() <= now) {
            UUID owner = organizations.ownerOfApp(appId).map(Organization::id).orElse(null);
            if (cache.size() >= MAX_ENTRIES) cache.clear();
            entry = new Entry(owner, now + ttlMillis);
            cache.put(appId, entry);
        }
        return Optional.ofNullable(entry.owner());
    }

    /**
     * The app check for one request of this actor: none for staff; for an organization-bound actor, a line for an app of
     * another organization (or of none) is refused. The answer per app is remembered for the request.
     */
    public RecordCheck<String> checkFor(Actor actor) {
        if (actor.isStaff()) return appId -> null;
        UUID organization = actor.organizationId();
        Map<String, Boolean> allowed = new HashMap<>();
        return appId -> allowed.computeIfAbsent(appId, id -> ownerOf(id).filter(organization::equals).isPresent())
                ? null : "appId '" + shorten(appId) + "' does not belong to this token's organization";
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
