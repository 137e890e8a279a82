package io.globaldesk.directory;

import java.util.UUID;

/** A person of a customer organization. */
public record Contact(UUID id, UUID organizationId, String name, String email, String locale, boolean active) {
}
