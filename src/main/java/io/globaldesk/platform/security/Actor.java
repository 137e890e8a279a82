package io.globaldesk.platform.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a signed-in user or the holder of an API token. Customers and ingest clients carry their
 * organization; every query they cause is limited to it.
 *
 * @param userId the user, or {@code null} for a token not tied to a user (the configured admin token)
 * @param agentId the agent record of a staff user who is also an agent, else {@code null}
 */
public record Actor(UUID userId, String name, Role role, UUID organizationId, UUID agentId, Locale locale)
        implements Serializable {

    public Actor {
        Objects.requireNonNull(role, "an actor always has a role");
        if (role.isBoundToOrganization() && organizationId == null) {
            throw new IllegalArgumentException("a " + role + " always belongs to exactly one organization");
        }
    }

    /** The actor of the current request; fails when there is none, since every guarded path has one. */
    public static Actor current() {
        Actor actor = currentOrNull();
        if (actor == null) throw new IllegalStateException("no authenticated actor in this request");
        return actor;
    }

    public static Actor currentOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) return null;
        return authentication.getPrincipal() instanceof ActorPrincipal p ? p.actor() : null;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    /** Whether this actor may see objects of {@code organization}: staff see all, others only their own. */
    public boolean canSee(UUID organization) {
        return role.isStaff() || Objects.equals(organizationId, organization);
    }

    public boolean hasAtLeast(Role staffRole) {
        return role.isStaff() && role.ordinal() <= staffRole.ordinal();
    }
}
