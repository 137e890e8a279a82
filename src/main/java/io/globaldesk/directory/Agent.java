package io.globaldesk.directory;

import java.util.List;
import java.util.UUID;

/**
 * A support engineer of a support center.
 *
 * @param capacity how many open tickets the agent can own at once
 * @param available false while the agent is away (leave, sick), whatever the center's calendar says
 */
public record Agent(UUID id, String name, String email, UUID supportCenterId, String supportCenter,
                    List<String> languages, List<String> skills, int capacity, boolean available, boolean active) {
}
