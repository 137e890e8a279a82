package io.globaldesk.directory;

import java.util.List;
import java.util.UUID;

/** A group of agents, usually within one support center. */
public record Team(UUID id, String name, String supportCenter, List<UUID> members, boolean active) {
}
