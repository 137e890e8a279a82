package io.globaldesk.directory;

import java.time.Instant;
import java.util.UUID;

import io.globaldesk.platform.security.Role;

/** A person who signs in to the web UI. A customer user belongs to exactly one organization. */
public record UserAccount(UUID id, String email, String displayName, Role role, UUID organizationId, UUID agentId,
                          String locale, boolean enabled, Instant lastLoginAt) {
}
