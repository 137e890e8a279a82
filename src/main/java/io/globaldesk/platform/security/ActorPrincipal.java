package io.globaldesk.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An {@link Actor} as Spring Security sees it. Authorities follow the role ladder: an ADMIN also holds
 * ROLE_SUPPORT_LEAD and ROLE_AGENT, so {@code hasRole('AGENT')} means "staff".
 */
public final class ActorPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final String username;
    private final boolean enabled;
    private String passwordHash;

    public ActorPrincipal(Actor actor, String username, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    /** The hash is dropped once the login is checked, so it never sits in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(actor.role());
    }

    public static List<GrantedAuthority> authoritiesOf(Role role) {
        return switch (role) {
            case ADMIN -> List.of(authority(Role.ADMIN), authority(Role.SUPPORT_LEAD), authority(Role.AGENT));
            case SUPPORT_LEAD -> List.of(authority(Role.SUPPORT_LEAD), authority(Role.AGENT));
            case AGENT -> List.of(authority(Role.AGENT));
            case CUSTOMER -> List.of(authority(Role.CUSTOMER));
            case INGEST -> List.of(authority(Role.INGEST));
        };
    }

    private static GrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "ActorPrincipal[" + username + ", " + actor.role() + "]";
    }
}
