package io.globaldesk.platform.security;

import java.util.Optional;

/** Resolves a presented API token to its actor. Implemented where tokens are stored (the directory module). */
public interface ApiTokenAuthority {

    /** The actor of a live (not revoked, not expired) token, given the token's SHA-256 hash. */
    Optional<Actor> actorForTokenHash(String sha256Hex);
}
