package io.globaldesk.directory;

import java.time.Instant;
import java.util.UUID;

import io.globaldesk.platform.security.Role;

/** An API token as listed: never the secret itself, only its first characters. */
public record ApiToken(UUID id, String name, String prefix, Role role, UUID organizationId, Instant createdAt,
                       Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
